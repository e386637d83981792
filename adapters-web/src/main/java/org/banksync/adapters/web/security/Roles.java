package org.banksync.adapters.web.security;

/** The role names of Banksync, as @RolesAllowed spells them. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String ACCOUNTANT = "accountant";

    private Roles() {
    }
}
