package org.banksync.adapters.web.api.user;

import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;

import java.util.List;

/** A user as the API shows it: never the password or its hash. */
public record UserView(String username, List<String> roles, boolean enabled) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.roles().stream().map(Role::roleName).sorted().toList(), account.enabled());
    }
}
