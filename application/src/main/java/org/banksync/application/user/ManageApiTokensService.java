package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.ManageApiTokensUseCase;
import org.banksync.application.user.port.out.ApiTokenRepository;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Uuid7;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates, lists and revokes a user's API tokens. */
@UseCase
public class ManageApiTokensService implements ManageApiTokensUseCase {

    private ApiTokenRepository tokens;
    private Clock clock;

    protected ManageApiTokensService() {
    }

    @Inject
    public ManageApiTokensService(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public CreatedToken create(CreateTokenCommand command) {
        Instant now = clock.instant();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw new DomainViolation("expiresAt", "expiresAt must be in the future");
        }
        String secret = ApiTokenSecrets.newSecret();
        ApiToken token = new ApiToken(Uuid7.next(), command.username(), command.name(), ApiTokenSecrets.visiblePart(secret),
                now, null, command.expiresAt(), null);
        tokens.add(token, ApiTokenSecrets.hash(secret));
        return new CreatedToken(token, secret);
    }

    @Override
    public List<ApiToken> list(String username) {
        return tokens.findByUser(username);
    }

    @Override
    public void revoke(String username, UUID tokenId) {
        if (!tokens.revoke(tokenId, username, clock.instant())) {
            throw new NotFound("API token", tokenId);
        }
    }
}
