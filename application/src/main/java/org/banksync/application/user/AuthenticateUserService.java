package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.AuthenticateUserUseCase;
import org.banksync.application.user.port.out.PasswordHasher;
import org.banksync.application.user.port.out.UserAccountRepository;

import java.util.Optional;

/** Signs a user in by name and password. */
@UseCase
public class AuthenticateUserService implements AuthenticateUserUseCase {

    private UserAccountRepository users;
    private PasswordHasher hasher;

    protected AuthenticateUserService() {
    }

    @Inject
    public AuthenticateUserService(UserAccountRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public Optional<UserAccount> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .filter(account -> hasher.matches(password, account.passwordHash()));
    }
}
