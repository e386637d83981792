package org.banksync.application.user.port.in;

import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

import java.util.regex.Pattern;

/** A new user: a sign-in name (letters, digits, {@code . _ @ -}), an initial password and one role. */
public record AddUserCommand(String username, char[] password, Role role) {

    public static final int USERNAME_MAX_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    public AddUserCommand {
        username = Require.text(username, "username", USERNAME_MAX_LENGTH);
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainViolation("username", "a user name has 2 to 100 letters, digits or . _ @ -");
        }
        Require.present(password, "password");
        if (password.length < UserAccount.PASSWORD_MIN_LENGTH) {
            throw new DomainViolation("password", "a password needs at least " + UserAccount.PASSWORD_MIN_LENGTH + " characters");
        }
        Require.present(role, "role");
    }

    @Override
    public String toString() {
        return "AddUserCommand[" + username + ", ****, " + role + "]";
    }
}
