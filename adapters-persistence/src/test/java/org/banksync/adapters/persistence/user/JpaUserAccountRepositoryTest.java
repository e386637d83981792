package org.banksync.adapters.persistence.user;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
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

    @Test
    @DisplayName("every stored user is listed, ordered by name, with its roles")
    void listsUsersByName() {
        String prefix = "list-" + UUID.randomUUID() + "-";
        Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock)
                .addIfAbsent(new UserAccount(prefix + "b", "hash", Set.of(Role.ACCOUNTANT), true)));
        Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock)
                .addIfAbsent(new UserAccount(prefix + "a", "hash", Set.of(Role.ADMIN), true)));

        List<UserAccount> listed = Jpa.inTransaction(em -> new JpaUserAccountRepository(em, clock).findAll());

        List<UserAccount> ours = listed.stream().filter(user -> user.username().startsWith(prefix)).toList();
        assertThat(ours).extracting(UserAccount::username).containsExactly(prefix + "a", prefix + "b");
        assertThat(ours.get(0).roles()).containsExactly(Role.ADMIN);
        assertThat(listed).extracting(UserAccount::username).isSorted();
    }
}
