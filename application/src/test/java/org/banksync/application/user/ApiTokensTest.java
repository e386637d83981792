package org.banksync.application.user;

import org.banksync.application.shared.NotFound;
import org.banksync.application.user.port.in.ManageApiTokensUseCase.CreateTokenCommand;
import org.banksync.application.user.port.in.ManageApiTokensUseCase.CreatedToken;
import org.banksync.application.user.port.out.ApiTokenRepository;
import org.banksync.application.user.port.out.UserAccountRepository;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokensTest {

    private final MutableClock clock = new MutableClock();
    private final Tokens tokens = new Tokens();
    private final Users users = new Users();
    private final ManageApiTokensService manage = new ManageApiTokensService(tokens, clock);
    private final AuthenticateApiTokenService authenticate = new AuthenticateApiTokenService(tokens, users, clock);

    ApiTokensTest() {
        users.add(new UserAccount("ann", "hash", Set.of(Role.ACCOUNTANT), true));
        users.add(new UserAccount("bob", "hash", Set.of(Role.ACCOUNTANT), false));
    }

    @Test
    @DisplayName("a new token's secret signs its owner in; only its hash and a short prefix are kept")
    void createdTokenSignsIn() {
        CreatedToken created = manage.create(new CreateTokenCommand("ann", "ERP export", null));

        assertThat(created.secret()).startsWith("bsk_").hasSize(47);
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(tokens.hashes).doesNotContainValue(created.secret()).containsValue(ApiTokenSecrets.hash(created.secret()));
        assertThat(authenticate.authenticate(created.secret())).map(UserAccount::username).contains("ann");
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    @DisplayName("a revoked, expired, unknown or malformed token, or a disabled owner's, signs nobody in")
    void refusals() {
        CreatedToken revoked = manage.create(new CreateTokenCommand("ann", "old", null));
        manage.revoke("ann", revoked.token().id());
        CreatedToken expiring = manage.create(new CreateTokenCommand("ann", "short", clock.instant().plus(Duration.ofHours(1))));
        CreatedToken disabledOwner = manage.create(new CreateTokenCommand("bob", "bob's", null));
        clock.advance(Duration.ofHours(2));

        assertThat(authenticate.authenticate(revoked.secret())).isEmpty();
        assertThat(authenticate.authenticate(expiring.secret())).isEmpty();
        assertThat(authenticate.authenticate(disabledOwner.secret())).isEmpty();
        assertThat(authenticate.authenticate("bsk_" + "A".repeat(43))).isEmpty();
        assertThat(authenticate.authenticate("not a token")).isEmpty();
        assertThat(authenticate.authenticate(null)).isEmpty();
    }

    @Test
    @DisplayName("a user revokes only their own tokens; an expiry in the past is refused")
    void revokeOwnOnly() {
        CreatedToken anns = manage.create(new CreateTokenCommand("ann", "mine", null));

        assertThatThrownBy(() -> manage.revoke("bob", anns.token().id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> manage.create(new CreateTokenCommand("ann", "x", clock.instant().minusSeconds(1))))
                .isInstanceOf(DomainViolation.class).extracting("field").isEqualTo("expiresAt");
        assertThat(manage.list("ann")).extracting(ApiToken::name).containsExactly("mine");
    }

    private static final class Tokens implements ApiTokenRepository {
        final Map<UUID, ApiToken> rows = new LinkedHashMap<>();
        final Map<UUID, String> hashes = new HashMap<>();

        @Override
        public void add(ApiToken token, String secretHash) {
            rows.put(token.id(), token);
            hashes.put(token.id(), secretHash);
        }

        @Override
        public Optional<ApiToken> findByHash(String secretHash) {
            return hashes.entrySet().stream().filter(e -> e.getValue().equals(secretHash)).map(e -> rows.get(e.getKey())).findFirst();
        }

        @Override
        public List<ApiToken> findByUser(String username) {
            List<ApiToken> mine = new ArrayList<>(rows.values().stream().filter(t -> t.username().equals(username)).toList());
            mine.sort(Comparator.comparing(ApiToken::createdAt).reversed());
            return mine;
        }

        @Override
        public boolean revoke(UUID id, String username, Instant at) {
            ApiToken token = rows.get(id);
            if (token == null || !token.username().equals(username) || token.revokedAt() != null) {
                return false;
            }
            rows.put(id, new ApiToken(id, username, token.name(), token.prefix(), token.createdAt(), token.lastUsedAt(),
                    token.expiresAt(), at));
            return true;
        }

        @Override
        public void touch(UUID id, Instant at) {
            ApiToken t = rows.get(id);
            rows.put(id, new ApiToken(id, t.username(), t.name(), t.prefix(), t.createdAt(), at, t.expiresAt(), t.revokedAt()));
        }
    }

    private static final class Users implements UserAccountRepository {
        final Map<String, UserAccount> rows = new LinkedHashMap<>();

        void add(UserAccount account) {
            rows.put(account.username(), account);
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return Optional.ofNullable(rows.get(username));
        }

        @Override
        public boolean addIfAbsent(UserAccount account) {
            return rows.putIfAbsent(account.username(), account) == null;
        }

        @Override
        public List<UserAccount> findAll() {
            return List.copyOf(rows.values());
        }
    }
}
