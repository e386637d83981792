package org.banksync.adapters.web.ui.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.banksync.adapters.web.security.Roles;
import org.banksync.adapters.web.ui.FacesMessages;

import java.io.IOException;
import java.security.Principal;

/** The signed-in user as the pages see it: the name, whether an administrator, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    private static final System.Logger LOG = System.getLogger(CurrentUser.class.getName());

    private SecurityContext security;

    protected CurrentUser() {
    }

    @Inject
    public CurrentUser(SecurityContext security) {
        this.security = security;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean isAdmin() {
        return isSignedIn() && security.isCallerInRole(Roles.ADMIN);
    }

    /**
     * The backing beans' own check of an admin-only action, behind the hidden button: true for an
     * administrator; otherwise the refusal is shown and logged.
     */
    public boolean mayAdminister(String action) {
        if (isAdmin()) {
            return true;
        }
        LOG.log(System.Logger.Level.WARNING, "User {0} was refused the admin-only action {1}", getName(), action);
        FacesMessages.error(null, FacesMessages.text("access.adminOnly"));
        return false;
    }

    /** Ends the session (the next page asks for sign-in again) and shows the sign-in page. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
