package org.banksync.adapters.plaid.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.Principal;

/**
 * {@code GET /api/plaid/callback?context=...}: where Hosted Link sends the browser back, on success and
 * on exit alike, with nothing but the context Banksync put in the address. It arrives unauthenticated
 * (no role is required); the single-use context is the CSRF defence, and a signed-in caller must be
 * the user who started the flow. Always answers 303 to a UI page, never an error page.
 */
@Path("plaid/callback")
@RequestScoped
@Tag(name = "Plaid", description = "Plaid's connect callback and webhook; no credentials (Plaid signs its webhooks).")
public class PlaidCallbackResource {

    private static final System.Logger LOG = System.getLogger(PlaidCallbackResource.class.getName());

    private LinkCompletion completion;

    protected PlaidCallbackResource() {
    }

    @Inject
    public PlaidCallbackResource(LinkCompletion completion) {
        this.completion = completion;
    }

    @GET
    @Operation(summary = "Plaid Hosted Link's return",
            description = "Where Plaid's Hosted Link sends the user's browser back, whether the user connected a bank or"
                    + " left; no credentials needed (the single-use context is the CSRF defence). Banksync asks Plaid how"
                    + " the Link session ended, completes the connection and always redirects (303) to the bank's page in"
                    + " the UI, which says what happened; never an error page.")
    @APIResponse(responseCode = "303", description = "To the bank's page in the UI.",
            headers = @Header(name = "Location", description = "The UI page to show.",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response callback(@Parameter(description = "The single-use context Banksync gave when it started the flow.")
                             @QueryParam("context") String context,
                             @Context HttpServletRequest request) {
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        Principal principal = request.getUserPrincipal();
        URI target;
        try {
            target = CallbackRedirects.after(contextPath,
                    completion.complete(context, principal == null ? null : principal.getName()));
        } catch (AggregatorFailure failure) {
            LOG.log(Level.WARNING, "Plaid callback not completed ({0}): {1}", failure.kind(), failure.getMessage());
            target = CallbackRedirects.afterFailure(contextPath, failure);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "Plaid callback failed unexpectedly", unexpected);
            target = CallbackRedirects.afterUnexpected(contextPath);
        }
        return Response.seeOther(target).build();
    }
}
