package org.banksync.application.user;

import org.banksync.application.user.port.in.AddUserCommand;
import org.banksync.application.user.port.in.EnsureAdministratorUseCase.AdministratorSetup;
import org.banksync.application.user.port.out.PasswordHasher;
import org.banksync.application.user.port.out.UserAccountRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.Violations.assertRefused;

class UserServicesTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final PasswordHasher hasher = new ReversingHasher();
    private final EnsureAdministratorService ensure = new EnsureAdministratorService(users, hasher);
    private final AuthenticateUserService authenticate = new AuthenticateUserService(users, hasher);
    private final AddUserService addUser = new AddUserService(users, hasher);
    private final FindUsersService findUsers = new FindUsersService(users);

    @Test
    @DisplayName("on the first start without a configured password, admin is created with a generated one that signs in")
    void generatesAPasswordOnce() {
        AdministratorSetup setup = ensure.ensureAdministrator(Optional.empty());

        assertThat(setup).isInstanceOf(AdministratorSetup.CreatedWithGeneratedPassword.class);
        String password = ((AdministratorSetup.CreatedWithGeneratedPassword) setup).password();
        assertThat(password).hasSize(20);
        assertThat(authenticate.authenticate("admin", password.toCharArray())).isPresent();
        assertThat(users.stored.get("admin").passwordHash()).isNotEqualTo(password);
    }

    @Test
    @DisplayName("the configured password is used, and a later start changes nothing")
    void usesTheConfiguredPasswordAndNeverResetsIt() {
        assertThat(ensure.ensureAdministrator(Optional.of("first-Secret")))
                .isInstanceOf(AdministratorSetup.CreatedWithConfiguredPassword.class);

        assertThat(ensure.ensureAdministrator(Optional.of("other-Secret"))).isInstanceOf(AdministratorSetup.AlreadyPresent.class);
        assertThat(authenticate.authenticate("admin", "first-Secret".toCharArray())).isPresent();
        assertThat(authenticate.authenticate("admin", "other-Secret".toCharArray())).isEmpty();
    }

    @Test
    @DisplayName("a configured password shorter than 8 characters is refused and creates nobody")
    void refusesAShortConfiguredPassword() {
        assertThatThrownBy(() -> ensure.ensureAdministrator(Optional.of("short"))).hasMessageContaining("at least 8");
        assertThat(users.stored).isEmpty();
    }

    @Test
    @DisplayName("a wrong password, an unknown user and a disabled user do not sign in")
    void refusesWrongCredentials() {
        users.addIfAbsent(new UserAccount("ann", hasher.hash("right-pass".toCharArray()), Set.of(Role.ACCOUNTANT), true));
        users.addIfAbsent(new UserAccount("bob", hasher.hash("right-pass".toCharArray()), Set.of(Role.ACCOUNTANT), false));

        assertThat(authenticate.authenticate("ann", "wrong-pass".toCharArray())).isEmpty();
        assertThat(authenticate.authenticate("nobody", "right-pass".toCharArray())).isEmpty();
        assertThat(authenticate.authenticate("bob", "right-pass".toCharArray())).isEmpty();
        assertThat(authenticate.authenticate("ann", "right-pass".toCharArray())).isPresent();
    }

    @Test
    @DisplayName("an administrator holds every right of an accountant")
    void administratorIsAlsoAccountant() {
        UserAccount admin = new UserAccount("admin", "x", Set.of(Role.ADMIN), true);
        assertThat(admin.effectiveRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ACCOUNTANT);
        assertThat(new UserAccount("ann", "x", Set.of(Role.ACCOUNTANT), true).effectiveRoles()).containsExactly(Role.ACCOUNTANT);
    }

    @Test
    @DisplayName("an added accountant signs in with the initial password, holds only the accountant role, and is listed")
    void addsAnAccountant() {
        UserAccount added = addUser.add(new AddUserCommand("claire.martin", "initial-Pass".toCharArray(), Role.ACCOUNTANT));

        assertThat(added.roles()).containsExactly(Role.ACCOUNTANT);
        assertThat(added.passwordHash()).isNotEqualTo("initial-Pass");
        assertThat(authenticate.authenticate("claire.martin", "initial-Pass".toCharArray()))
                .map(UserAccount::effectiveRoles).contains(Set.of(Role.ACCOUNTANT));
        assertThat(findUsers.list()).extracting(UserAccount::username).containsExactly("claire.martin");
    }

    @Test
    @DisplayName("a taken name, a short password or a name with spaces is refused, naming the field, and adds nobody")
    void refusesInvalidNewUsers() {
        addUser.add(new AddUserCommand("ann", "right-pass".toCharArray(), Role.ACCOUNTANT));

        assertRefused(() -> addUser.add(new AddUserCommand("ann", "other-pass".toCharArray(), Role.ADMIN)), "username");
        assertRefused(() -> new AddUserCommand("bob", "short".toCharArray(), Role.ACCOUNTANT), "password");
        assertRefused(() -> new AddUserCommand("bob smith", "long-enough".toCharArray(), Role.ACCOUNTANT), "username");
        assertRefused(() -> new AddUserCommand("bob", "long-enough".toCharArray(), null), "role");
        assertThat(users.stored.keySet()).containsExactly("ann");
        assertThat(authenticate.authenticate("ann", "right-pass".toCharArray())).isPresent();
    }

    private static final class InMemoryUsers implements UserAccountRepository {
        final Map<String, UserAccount> stored = new HashMap<>();

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return Optional.ofNullable(stored.get(username));
        }

        @Override
        public boolean addIfAbsent(UserAccount account) {
            return stored.putIfAbsent(account.username(), account) == null;
        }

        @Override
        public List<UserAccount> findAll() {
            return stored.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
        }
    }

    /** A stand-in hash that is visibly not the password, so a test can tell them apart. */
    private static final class ReversingHasher implements PasswordHasher {
        @Override
        public String hash(char[] password) {
            return "rev:" + new StringBuilder(new String(password)).reverse();
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return hash(password).equals(hash);
        }
    }
}
