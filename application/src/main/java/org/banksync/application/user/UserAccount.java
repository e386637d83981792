package org.banksync.application.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in: the name, the password hash (never the password) and the roles. */
public record UserAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {

    public static final String ADMINISTRATOR = "admin";
    /** The shortest password Banksync accepts, for the administrator's as for anyone's. */
    public static final int PASSWORD_MIN_LENGTH = 8;

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An administrator also holds every right of an accountant. */
    public Set<Role> effectiveRoles() {
        return roles.contains(Role.ADMIN) ? EnumSet.allOf(Role.class) : roles;
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + ", " + roles + (enabled ? "" : ", disabled") + "]";
    }
}
