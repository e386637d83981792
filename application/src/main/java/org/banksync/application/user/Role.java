package org.banksync.application.user;

import java.util.Locale;

/** What a user may do: an accountant works with the data; an administrator also with settings, connections and users. */
public enum Role {
    ADMIN,
    ACCOUNTANT;

    /** The role's name as the security layer and @RolesAllowed spell it: "admin", "accountant". */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
