package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.AuthenticateApiTokenUseCase;
import org.banksync.application.user.port.out.ApiTokenRepository;
import org.banksync.application.user.port.out.UserAccountRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Finds the active token by the hash of the secret, and its enabled owner; notes the use at most once a minute. */
@UseCase
public class AuthenticateApiTokenService implements AuthenticateApiTokenUseCase {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private ApiTokenRepository tokens;
    private UserAccountRepository users;
    private Clock clock;

    protected AuthenticateApiTokenService() {
    }

    @Inject
    public AuthenticateApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> authenticate(String secret) {
        if (!ApiTokenSecrets.isWellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(ApiTokenSecrets.hash(secret))
                .filter(token -> token.isActiveAt(now))
                .flatMap(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
                        tokens.touch(token.id(), now);
                    }
                    return users.findByUsername(token.username());
                })
                .filter(UserAccount::enabled);
    }
}
