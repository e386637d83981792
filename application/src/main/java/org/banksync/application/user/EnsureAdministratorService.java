package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.EnsureAdministratorUseCase;
import org.banksync.application.user.port.out.PasswordHasher;
import org.banksync.application.user.port.out.UserAccountRepository;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/** Creates the administrator {@code admin} on the first start, and never touches it again. */
@UseCase
public class EnsureAdministratorService implements EnsureAdministratorUseCase {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private final SecureRandom random = new SecureRandom();
    private UserAccountRepository users;
    private PasswordHasher hasher;

    protected EnsureAdministratorService() {
    }

    @Inject
    public EnsureAdministratorService(UserAccountRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public AdministratorSetup ensureAdministrator(Optional<String> configuredPassword) {
        if (users.findByUsername(UserAccount.ADMINISTRATOR).isPresent()) {
            return new AdministratorSetup.AlreadyPresent();
        }
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        configured.ifPresent(password -> {
            if (password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
                throw new IllegalArgumentException("BANKSYNC_ADMIN_PASSWORD must have at least " + UserAccount.PASSWORD_MIN_LENGTH + " characters");
            }
        });
        String password = configured.orElseGet(this::generate);
        boolean created = users.addIfAbsent(new UserAccount(UserAccount.ADMINISTRATOR, hasher.hash(password.toCharArray()),
                Set.of(Role.ADMIN), true));
        if (!created) {
            return new AdministratorSetup.AlreadyPresent();
        }
        return configured.isPresent()
                ? new AdministratorSetup.CreatedWithConfiguredPassword()
                : new AdministratorSetup.CreatedWithGeneratedPassword(password);
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
