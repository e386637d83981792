package org.banksync.application.user.port.in;

import org.banksync.application.user.ApiToken;
import org.banksync.domain.shared.Require;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's personal API tokens: create one (its secret shown once), list them, revoke one. */
public interface ManageApiTokensUseCase {

    CreatedToken create(CreateTokenCommand command);

    List<ApiToken> list(String username);

    /** @throws org.banksync.application.shared.NotFound when the user has no such active token */
    void revoke(String username, UUID tokenId);

    /** Who creates the token, its name, and optionally when it expires. */
    record CreateTokenCommand(String username, String name, Instant expiresAt) {
        public CreateTokenCommand {
            username = Require.text(username, "username", 100);
            name = Require.text(name, "name", 100);
        }
    }

    /** The new token and its secret, which is never shown again. */
    record CreatedToken(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "CreatedToken[" + token + ", secret ****]";
        }
    }
}
