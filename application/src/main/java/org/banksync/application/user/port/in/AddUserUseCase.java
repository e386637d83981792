package org.banksync.application.user.port.in;

import org.banksync.application.user.UserAccount;

/** An administrator gives a colleague access: a new user with a role and an initial password. */
public interface AddUserUseCase {

    /** @throws org.banksync.domain.shared.DomainViolation on {@code username} when the name is taken */
    UserAccount add(AddUserCommand command);
}
