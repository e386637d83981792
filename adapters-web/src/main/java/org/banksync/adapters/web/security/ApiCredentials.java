package org.banksync.adapters.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.banksync.adapters.web.api.problem.Problem;
import org.banksync.application.user.Role;
import org.banksync.application.user.UserAccount;
import org.banksync.application.user.port.in.AuthenticateApiTokenUseCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API's authentication: a Bearer personal API token or HTTP Basic on every call, never the browser's session (so a signed-in
 * browser cannot be made to call the API by another site); a call without valid credentials gets a
 * 401 problem document and goes no further.
 */
final class ApiCredentials {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiCredentials() {
    }

    static AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, IdentityStoreHandler identityStores,
                                             AuthenticateApiTokenUseCase tokens) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return refuse(response, "Credentials are required: a Bearer API token, or HTTP Basic with your user name and password.");
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<UserAccount> owner = tokens.authenticate(header.substring(7).trim());
            if (owner.isEmpty()) {
                return refuse(response, "The API token is unknown, revoked or expired.");
            }
            return context.notifyContainerAboutLogin(owner.get().username(), owner.get().effectiveRoles().stream()
                    .map(Role::roleName).collect(Collectors.toSet()));
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return refuse(response, "Unsupported authorization scheme; use a Bearer API token or HTTP Basic.");
        }
        UsernamePasswordCredential credential = decode(header.substring(6).trim());
        if (credential == null) {
            return refuse(response, "The HTTP Basic credentials are not valid base64 of name:password.");
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, "Wrong user name or password.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static UsernamePasswordCredential decode(String encoded) {
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
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Banksync\"");
            response.addHeader("WWW-Authenticate", "Basic realm=\"Banksync\", charset=\"UTF-8\"");
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
