package org.banksync.adapters.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.banksync.adapters.web.api.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates every call under /api/v1 with HTTP Basic; a call without valid credentials gets a
 * 401 problem document and goes no further. Other paths are left alone here.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String API_PREFIX = "/api/v1";
    private static final Jsonb JSON = JsonbBuilder.create();

    private IdentityStoreHandler identityStores;

    protected ApiAuthenticationMechanism() {
    }

    @Inject
    public ApiAuthenticationMechanism(IdentityStoreHandler identityStores) {
        this.identityStores = identityStores;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/"))) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return refuse(response, "Credentials are required: HTTP Basic with your user name and password.");
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return refuse(response, "Unsupported authorization scheme; use HTTP Basic.");
        }
        UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
        if (credential == null) {
            return refuse(response, "The HTTP Basic credentials are not valid base64 of name:password.");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, "Wrong user name or password.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Banksync\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(new Problem("urn:banksync:problem:unauthenticated", "Unauthorized",
                    401, detail, null)));
            response.flushBuffer();
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
