package org.banksync.adapters.web.api.user;

/** The body of POST /users: a user name, an initial password (8 characters at least) and a role (admin or accountant). */
public record UserRequest(String username, String password, String role) {
}
