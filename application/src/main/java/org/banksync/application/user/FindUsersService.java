package org.banksync.application.user;

import jakarta.inject.Inject;
import org.banksync.application.shared.UseCase;
import org.banksync.application.user.port.in.FindUsersQuery;
import org.banksync.application.user.port.out.UserAccountRepository;

import java.util.List;

/** Reads the users. */
@UseCase
public class FindUsersService implements FindUsersQuery {

    private UserAccountRepository users;

    protected FindUsersService() {
    }

    @Inject
    public FindUsersService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public List<UserAccount> list() {
        return users.findAll();
    }
}
