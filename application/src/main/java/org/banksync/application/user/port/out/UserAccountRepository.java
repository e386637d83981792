package org.banksync.application.user.port.out;

import org.banksync.application.user.UserAccount;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** Stores a new account; answers false, storing nothing, when the name is taken. */
    boolean addIfAbsent(UserAccount account);

    /** Every account, ordered by name. */
    List<UserAccount> findAll();
}
