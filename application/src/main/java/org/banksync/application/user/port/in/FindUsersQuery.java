package org.banksync.application.user.port.in;

import org.banksync.application.user.UserAccount;

import java.util.List;

/** Lists the people who may sign in. */
public interface FindUsersQuery {

    /** Every user, by name. */
    List<UserAccount> list();
}
