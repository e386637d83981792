package org.banksync.adapters.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.application.user.port.in.AuthenticateApiTokenUseCase;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * Banksync's one authentication mechanism, dispatching by path ({@link RequestArea}): HTTP Basic for the
 * REST API, form sign-in with a session for the pages, nothing for the open paths. Both check
 * credentials through the same identity store. The sign-in page submits through
 * {@code SecurityContext.authenticate}, which arrives here as an authentication request.
 */
@ApplicationScoped
public class BanksyncAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final System.Logger LOG = System.getLogger(BanksyncAuthenticationMechanism.class.getName());

    private IdentityStoreHandler identityStores;
    private AuthenticateApiTokenUseCase tokens;

    protected BanksyncAuthenticationMechanism() {
    }

    @Inject
    public BanksyncAuthenticationMechanism(IdentityStoreHandler identityStores, AuthenticateApiTokenUseCase tokens) {
        this.identityStores = identityStores;
        this.tokens = tokens;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, context);
        }
        RequestArea area = RequestArea.of(RequestArea.pathOf(request));
        if (area == RequestArea.API) {
            return ApiCredentials.authenticate(request, response, context, identityStores, tokens);
        }
        Optional<SignedInUser> user = SignedInUser.of(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(user.get().name(), user.get().groups());
        }
        return area == RequestArea.OPEN ? context.doNothing() : LoginRedirect.send(request, response, context);
    }

    /** The sign-in form: a wrong name or password is a failure the page reports; the response is left to it. */
    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.log(System.Logger.Level.INFO, "Sign-in refused for user name {0}", credential.getCaller());
            return AuthenticationStatus.SEND_FAILURE;
        }
        new SignedInUser(result.getCallerPrincipal().getName(), result.getCallerGroups()).keepIn(request);
        return context.notifyContainerAboutLogin(result);
    }
}
