package org.banksync.adapters.web.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.api.shared.Lists;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.sync.port.in.FindSyncRunsQuery;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.sync.SyncRunState;

import java.util.Locale;

/** The sync history and a run's live progress. */
@Path("v1/sync-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
public class SyncRunsResource {

    private FindSyncRunsQuery find;

    protected SyncRunsResource() {
    }

    @Inject
    public SyncRunsResource(FindSyncRunsQuery find) {
        this.find = find;
    }

    @GET
    public Response list(@QueryParam("bankAccountId") String bankAccountId, @QueryParam("state") String state,
                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        BankAccountId account = bankAccountId == null ? null : parseAccount(bankAccountId);
        return Lists.page(find.list(account, state(state), PageRequest.of(limit, cursor)), SyncRunView::of, uri);
    }

    @GET
    @Path("{id}")
    public SyncRunView get(@PathParam("id") String id) {
        return SyncRunView.of(find.get(Ids.parse(id, SyncRunId::parse, "sync run")));
    }

    private static BankAccountId parseAccount(String value) {
        try {
            return BankAccountId.parse(value);
        } catch (DomainViolation e) {
            throw new InvalidParameter("bankAccountId", "bankAccountId is not a bank account id");
        }
    }

    private static SyncRunState state(String value) {
        if (value == null) {
            return null;
        }
        try {
            return SyncRunState.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("state", "state must be QUEUED, RUNNING, SUCCEEDED or FAILED");
        }
    }
}
