package org.banksync.application.user.port.in;

import org.banksync.application.user.UserAccount;

import java.util.Optional;

/** Checks a user's name and password; the account when both match and it is enabled. */
public interface AuthenticateUserUseCase {

    Optional<UserAccount> authenticate(String username, char[] password);
}
