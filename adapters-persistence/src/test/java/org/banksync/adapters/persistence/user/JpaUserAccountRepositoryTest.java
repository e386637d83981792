package org.banksync.adapters.persistence.user;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JpaUserAccountRepositoryTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    @DisplayName("a stored user comes back with its hash and roles; a second add under the same name changes nothing")
    void storesUsersOnce() {
        String name = "user-" + UUID.randomUUID();
        UserAccount account = new UserAccount(name, "hash-1", Set.of(Role.ACCOUNTANT), true);

        boolean first = Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock).addIfAbsent(account));
        boolean second = Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock)
                .addIfAbsent(new UserAccount(name, "hash-2", Set.of(Role.ADMIN), true)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        UserAccount stored = Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock).findByUsername(name)).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo("hash-1");
        assertThat(stored.roles()).containsExactly(Role.ACCOUNTANT);
    }

    @Test
    @DisplayName("an unknown user is not found")
    void unknownUser() {
        Optional<UserAccount> found = Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock)
                .findByUsername("nobody-" + UUID.randomUUID()));
        assertThat(found).isEmpty();
    }
}
