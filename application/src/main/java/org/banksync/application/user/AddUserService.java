package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.AddUserCommand;
import org.banksync.application.user.port.in.AddUserUseCase;
import org.banksync.application.user.port.out.PasswordHasher;
import org.banksync.application.user.port.out.UserAccountRepository;
import org.banksync.domain.shared.DomainViolation;

import java.util.Set;

/** Adds an enabled user with the given role; the password is stored hashed only. */
@UseCase
public class AddUserService implements AddUserUseCase {

    private UserAccountRepository users;
    private PasswordHasher hasher;

    protected AddUserService() {
    }

    @Inject
    public AddUserService(UserAccountRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public UserAccount add(AddUserCommand command) {
        UserAccount account = new UserAccount(command.username(), hasher.hash(command.password()), Set.of(command.role()), true);
        if (!users.addIfAbsent(account)) {
            throw new DomainViolation("username", "the user name " + command.username() + " is taken");
        }
        return account;
    }
}
