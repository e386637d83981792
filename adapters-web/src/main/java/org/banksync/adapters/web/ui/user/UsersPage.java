package org.banksync.adapters.web.ui.user;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.banksync.application.user.port.in.AddUserCommand;
import org.banksync.application.user.port.in.AddUserUseCase;
import org.banksync.application.user.port.in.FindUsersQuery;
import org.banksync.domain.shared.DomainViolation;

import java.io.Serializable;
import java.util.List;

/** Backs the administrator's Users page: who may sign in, with which role, and adding a colleague. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindUsersQuery find;
    private AddUserUseCase add;
    private CurrentUser currentUser;

    private List<UserRow> users;
    private String username;
    private String password;
    private Role role = Role.ACCOUNTANT;

    protected UsersPage() {
    }

    @Inject
    public UsersPage(FindUsersQuery find, AddUserUseCase add, CurrentUser currentUser) {
        this.find = find;
        this.add = add;
        this.currentUser = currentUser;
    }

    public List<UserRow> getUsers() {
        if (users == null) {
            users = find.list().stream().map(UserRow::of).toList();
        }
        return users;
    }

    public void addUser() {
        if (!currentUser.mayAdminister("add a user")) {
            return;
        }
        try {
            UserAccount added = add.add(new AddUserCommand(username, password == null ? null : password.toCharArray(), role));
            FacesMessages.info("users.added", added.username());
            username = null;
            role = Role.ACCOUNTANT;
            users = null;
        } catch (DomainViolation violation) {
            FacesMessages.violation("addUser", violation);
        } finally {
            password = null;
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** One user as the list shows it: never the password hash. */
    public record UserRow(String username, String role, boolean enabled) implements Serializable {
        static UserRow of(UserAccount account) {
            return new UserRow(account.username(), account.roles().contains(Role.ADMIN) ? Role.ADMIN.roleName()
                    : Role.ACCOUNTANT.roleName(), account.enabled());
        }
    }
}
