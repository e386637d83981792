package org.banksync.adapters.web.api.bank;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.shared.Bodies;
import org.banksync.adapters.web.api.shared.ETags;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.Lists;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.bank.port.in.DeleteBankUseCase;
import org.banksync.application.bank.port.in.FindBanksQuery;
import org.banksync.application.bank.port.in.RegisterBankCommand;
import org.banksync.application.bank.port.in.RegisterBankUseCase;
import org.banksync.application.bank.port.in.UpdateBankCommand;
import org.banksync.application.bank.port.in.UpdateBankUseCase;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;

import java.time.Clock;

/** Banks: list, read, add, change, remove. */
@Path("v1/banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
public class BanksResource {

    private FindBanksQuery find;
    private RegisterBankUseCase register;
    private UpdateBankUseCase update;
    private DeleteBankUseCase delete;
    private FindConnectionsQuery connections;
    private Clock clock;

    protected BanksResource() {
    }

    @Inject
    public BanksResource(FindBanksQuery find, RegisterBankUseCase register, UpdateBankUseCase update, DeleteBankUseCase delete,
                         FindConnectionsQuery connections, Clock clock) {
        this.find = find;
        this.register = register;
        this.update = update;
        this.delete = delete;
        this.connections = connections;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return Lists.page(find.list(PageRequest.of(limit, cursor)), this::view, uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        BankView view = view(find.get(parse(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BankRequest body, @Context UriInfo uri) {
        BankRequest request = Bodies.required(body);
        Bank bank = register.register(new RegisterBankCommand(request.name(), request.parsedBic(),
                request.parsedWebsite(), request.parsedLogoUrl()));
        BankView view = view(bank);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, BankRequest body, @Context HttpHeaders headers) {
        BankRequest request = Bodies.required(body);
        BankId bankId = parse(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, view(find.get(bankId)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        Bank bank = update.update(new UpdateBankCommand(bankId, request.name(), request.parsedBic(),
                request.parsedWebsite(), request.parsedLogoUrl()));
        BankView view = view(bank);
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id, @Context HttpHeaders headers) {
        BankId bankId = parse(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, view(find.get(bankId)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        delete.delete(bankId);
        return Response.noContent().build();
    }

    private BankView view(Bank bank) {
        return BankView.of(bank, connections.listByBank(bank.id()), clock);
    }

    private static BankId parse(String id) {
        return Ids.parse(id, BankId::parse, "bank");
    }
}
