package org.banksync.adapters.web.ui.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.banksync.adapters.web.security.LoginRedirect;
import org.banksync.adapters.web.ui.FacesMessages;

import java.io.IOException;

/**
 * Backs the sign-in page: hands the name and password to the authentication mechanism, then goes back to
 * the page the user first asked for (or the banks).
 */
@Named
@RequestScoped
public class LoginPage {

    private SecurityContext security;
    private String username;
    private String password;

    protected LoginPage() {
    }

    @Inject
    public LoginPage(SecurityContext security) {
        this.security = security;
    }

    /** Someone already signed in has nothing to do here. */
    public void skipWhenSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(LoginRedirect.takeRequestedPage(request)
                    .orElse(external.getRequestContextPath() + "/"));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> FacesMessages.error(null, FacesMessages.text("login.failed"));
        }
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
}
