package org.banksync.adapters.bridge.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectCallback;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.domain.connection.Provider;
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
 * {@code GET /api/bridge/callback}: where Bridge's hosted page sends the browser back. It arrives
 * unauthenticated (no role is required); the single-use {@code context} is the CSRF defence, and a
 * signed-in caller must be the user who started the flow. Always answers 303 to a UI page, never an
 * error page.
 */
@Path("bridge/callback")
@RequestScoped
@Tag(name = "Bridge", description = "Bridge's connect callback and webhook; no credentials (Bridge signs its webhooks).")
public class BridgeCallbackResource {

    private static final System.Logger LOG = System.getLogger(BridgeCallbackResource.class.getName());

    private CompleteBankConnectionUseCase completion;

    protected BridgeCallbackResource() {
    }

    @Inject
    public BridgeCallbackResource(CompleteBankConnectionUseCase completion) {
        this.completion = completion;
    }

    @GET
    @Operation(summary = "Bridge Connect's return",
            description = "Where Bridge's hosted page sends the user's browser back; no credentials needed (the single-use"
                    + " context is the CSRF defence). Completes the connection and always redirects (303) to the bank's"
                    + " page in the UI, which says what happened; never an error page.")
    @APIResponse(responseCode = "303", description = "To the bank's page in the UI.",
            headers = @Header(name = "Location", description = "The UI page to show.",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response callback(@Parameter(description = "Bridge's item.") @QueryParam("item_id") String itemId,
                             @Parameter(description = "Bridge's user.") @QueryParam("user_uuid") String userUuid,
                             @Parameter(description = "Whether the user finished the flow.",
                                     schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"}))
                             @QueryParam("success") String success,
                             @Parameter(description = "Where the flow ended when it did not succeed.")
                             @QueryParam("step") String step,
                             @Parameter(description = "Bridge's name for the flow.") @QueryParam("source") String source,
                             @Parameter(description = "The single-use context Banksync gave when it started the flow.")
                             @QueryParam("context") String context,
                             @Context HttpServletRequest request) {
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        Principal principal = request.getUserPrincipal();
        ConnectCallback callback = new ConnectCallback(Provider.BRIDGE, context, "true".equalsIgnoreCase(success),
                itemId, step, principal == null ? null : principal.getName());
        URI target;
        try {
            target = CallbackRedirects.after(contextPath, completion.complete(callback));
        } catch (AggregatorFailure failure) {
            LOG.log(Level.WARNING, "Bridge callback for item {0} not completed ({1}): {2}", itemId, failure.kind(),
                    failure.getMessage());
            target = CallbackRedirects.afterFailure(contextPath, failure);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.ERROR, "Bridge callback for item " + itemId + " failed unexpectedly", unexpected);
            target = CallbackRedirects.afterUnexpected(contextPath);
        }
        return Response.seeOther(target).build();
    }
}
