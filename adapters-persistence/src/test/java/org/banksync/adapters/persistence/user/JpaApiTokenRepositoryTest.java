package org.banksync.adapters.persistence.user;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.application.user.ApiToken;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JpaApiTokenRepositoryTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    @DisplayName("a token is found by its hash, listed newest first for its owner, revoked once by its owner only, and touched")
    void lifecycle() {
        String owner = "token-owner-" + UUID.randomUUID();
        Jpa.inTransaction(em -> new JpaUserAccountRepository(em, Clock.systemUTC())
                .addIfAbsent(new UserAccount(owner, "hash", Set.of(Role.ACCOUNTANT), true)));
        ApiToken older = new ApiToken(UUID.randomUUID(), owner, "first", "bsk_abcdef", now.minusSeconds(60), null, null, null);
        ApiToken newer = new ApiToken(UUID.randomUUID(), owner, "second", "bsk_ghijkl", now, null, now.plusSeconds(3600), null);
        String hash = "a".repeat(60) + UUID.randomUUID().toString().substring(0, 4);
        Jpa.inTransaction(em -> {
            JpaApiTokenRepository tokens = new JpaApiTokenRepository(em);
            tokens.add(older, hash);
            tokens.add(newer, "b".repeat(60) + UUID.randomUUID().toString().substring(0, 4));
            return null;
        });

        Optional<ApiToken> found = Jpa.inTransaction(em -> new JpaApiTokenRepository(em).findByHash(hash));
        assertThat(found).contains(older);
        java.util.List<ApiToken> listed = Jpa.inTransaction(em -> new JpaApiTokenRepository(em).findByUser(owner));
        assertThat(listed).extracting(ApiToken::name).containsExactly("second", "first");

        boolean byStranger = Jpa.inTransaction(em -> new JpaApiTokenRepository(em).revoke(older.id(), "someone-else", now));
        boolean byOwner = Jpa.inTransaction(em -> new JpaApiTokenRepository(em).revoke(older.id(), owner, now));
        boolean again = Jpa.inTransaction(em -> new JpaApiTokenRepository(em).revoke(older.id(), owner, now));
        assertThat(byStranger).isFalse();
        assertThat(byOwner).isTrue();
        assertThat(again).isFalse();
        Jpa.inTransaction(em -> {
            new JpaApiTokenRepository(em).touch(newer.id(), now.plusSeconds(5));
            return null;
        });

        assertThat(Jpa.inTransaction(em -> new JpaApiTokenRepository(em).findByHash(hash)).orElseThrow().revokedAt()).isEqualTo(now);
        assertThat(Jpa.inTransaction(em -> new JpaApiTokenRepository(em).findByUser(owner)).get(0).lastUsedAt())
                .isEqualTo(now.plusSeconds(5));
    }
}
