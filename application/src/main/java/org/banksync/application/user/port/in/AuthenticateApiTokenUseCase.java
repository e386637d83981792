package org.banksync.application.user.port.in;

import org.banksync.application.user.UserAccount;

import java.util.Optional;

/** Signs a call in by its Bearer token: the token's owner, when the token is active and the owner enabled. */
public interface AuthenticateApiTokenUseCase {

    Optional<UserAccount> authenticate(String secret);
}
