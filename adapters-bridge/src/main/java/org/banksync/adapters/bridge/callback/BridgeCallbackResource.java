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
    public Response callback(@QueryParam("item_id") String itemId, @QueryParam("user_uuid") String userUuid,
                             @QueryParam("success") String success, @QueryParam("step") String step,
                             @QueryParam("source") String source, @QueryParam("context") String context,
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
