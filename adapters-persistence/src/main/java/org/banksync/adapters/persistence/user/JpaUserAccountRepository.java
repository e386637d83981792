package org.banksync.adapters.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.banksync.application.user.port.out.UserAccountRepository;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** User accounts in {@code app_user}. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;

    protected JpaUserAccountRepository() {
    }

    @Inject
    public JpaUserAccountRepository(Clock clock) {
        this.clock = clock;
    }

    /** For tests outside the container. */
    public JpaUserAccountRepository(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(entityManager.find(AppUserEntity.class, username)).map(JpaUserAccountRepository::toDomain);
    }

    @Override
    public boolean addIfAbsent(UserAccount account) {
        int inserted = entityManager.createNativeQuery("insert into app_user (username, password_hash, roles, enabled, created_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (username) do nothing")
                .setParameter(1, account.username())
                .setParameter(2, account.passwordHash())
                .setParameter(3, account.roles().stream().map(Role::roleName).sorted().collect(Collectors.joining(",")))
                .setParameter(4, account.enabled())
                .setParameter(5, clock.instant())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public List<UserAccount> findAll() {
        return entityManager.createQuery("select u from AppUserEntity u order by u.username", AppUserEntity.class)
                .getResultStream().map(JpaUserAccountRepository::toDomain).toList();
    }

    private static UserAccount toDomain(AppUserEntity row) {
        return new UserAccount(row.username, row.passwordHash,
                Arrays.stream(row.roles.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                        .map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()),
                row.enabled);
    }
}
