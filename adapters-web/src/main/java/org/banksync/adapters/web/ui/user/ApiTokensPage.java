package org.banksync.adapters.web.ui.user;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.application.shared.NotFound;
import org.banksync.application.user.ApiToken;
import org.banksync.application.user.port.in.ManageApiTokensUseCase;
import org.banksync.application.user.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.banksync.domain.shared.DomainViolation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Backs the API tokens screen: the signed-in user's tokens, creating one (its secret shown once) and revoking one. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private ManageApiTokensUseCase tokens;
    private CurrentUser currentUser;

    private List<TokenRow> rows;
    private String name;
    private String createdSecret;

    protected ApiTokensPage() {
    }

    @Inject
    public ApiTokensPage(ManageApiTokensUseCase tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    public List<TokenRow> getTokens() {
        if (rows == null) {
            rows = tokens.list(currentUser.getName()).stream().map(TokenRow::of).toList();
        }
        return rows;
    }

    public void create() {
        try {
            var created = tokens.create(new CreateTokenCommand(currentUser.getName(), name, null));
            createdSecret = created.secret();
            FacesMessages.info("tokens.created", created.token().name());
            name = null;
            rows = null;
        } catch (DomainViolation violation) {
            FacesMessages.violation("newToken", violation);
        }
    }

    public void revoke(String id) {
        try {
            tokens.revoke(currentUser.getName(), UUID.fromString(id));
            FacesMessages.info("tokens.revoked");
            createdSecret = null;
            rows = null;
        } catch (NotFound | IllegalArgumentException e) {
            FacesMessages.error(null, FacesMessages.text("tokens.notFound"));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The secret of the token just created, shown on this page view only. */
    public String getCreatedSecret() {
        return createdSecret;
    }

    /** One token as the list shows it: the prefix, never the secret. */
    public record TokenRow(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt, boolean active)
            implements Serializable {
        static TokenRow of(ApiToken token) {
            return new TokenRow(token.id().toString(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt(),
                    token.revokedAt() == null);
        }
    }
}
