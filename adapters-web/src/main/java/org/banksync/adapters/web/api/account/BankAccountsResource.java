package org.banksync.adapters.web.api.account;

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
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.CloseBankAccountUseCase;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.account.port.in.OpenBankAccountCommand;
import org.banksync.application.account.port.in.OpenBankAccountUseCase;
import org.banksync.application.account.port.in.UpdateBankAccountCommand;
import org.banksync.application.account.port.in.UpdateBankAccountUseCase;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase;
import org.banksync.application.connection.port.in.LinkProviderAccountUseCase.LinkCommand;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.DomainViolation;

import java.util.UUID;

/** Bank accounts: list, read, open, change, close, and link to an aggregator's account. */
@Path("v1/bank-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
public class BankAccountsResource {

    private FindBankAccountsQuery find;
    private OpenBankAccountUseCase open;
    private UpdateBankAccountUseCase update;
    private CloseBankAccountUseCase close;
    private LinkProviderAccountUseCase link;
    private ProviderAccountIds providerAccountIds;

    protected BankAccountsResource() {
    }

    @Inject
    public BankAccountsResource(FindBankAccountsQuery find, OpenBankAccountUseCase open, UpdateBankAccountUseCase update,
                                CloseBankAccountUseCase close, LinkProviderAccountUseCase link, ProviderAccountIds providerAccountIds) {
        this.find = find;
        this.open = open;
        this.update = update;
        this.close = close;
        this.link = link;
        this.providerAccountIds = providerAccountIds;
    }

    @GET
    public Response list(@QueryParam("company") String company, @QueryParam("bankId") String bankId,
                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        BankAccountFilter filter = new BankAccountFilter(company == null ? null : CompanyCode.of(company),
                bankId == null ? null : BankId.parse(bankId));
        return Lists.page(find.list(filter, PageRequest.of(limit, cursor)), this::view, uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        BankAccountView view = view(find.get(parse(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BankAccountRequest body, @Context UriInfo uri) {
        BankAccountRequest request = Bodies.required(body);
        BankAccount account = open.open(new OpenBankAccountCommand(request.parsedCompany(), request.parsedBankId(),
                request.name(), request.parsedIban(), request.parsedCurrency(), request.glAccount()));
        BankAccountView view = view(account);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, BankAccountRequest body, @Context HttpHeaders headers) {
        BankAccountRequest request = Bodies.required(body);
        BankAccountId accountId = parse(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, view(find.get(accountId)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        BankAccountView view = view(update.update(new UpdateBankAccountCommand(accountId, request.name(),
                request.parsedIban(), request.parsedCurrency(), request.glAccount())));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id, @Context HttpHeaders headers) {
        BankAccountId accountId = parse(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, view(find.get(accountId)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        close.close(accountId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/provider-account")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") String id, LinkRequest body) {
        LinkRequest request = Bodies.required(body);
        BankAccount linked = link.link(new LinkCommand(parse(id), providerAccountId(request.providerAccountId())));
        return Response.ok(view(linked)).build();
    }

    private BankAccountView view(BankAccount account) {
        return BankAccountView.of(account, providerAccountIds.of(account));
    }

    private static UUID providerAccountId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainViolation("providerAccountId", "providerAccountId must be the id of a provider account");
        }
    }

    private static BankAccountId parse(String id) {
        return Ids.parse(id, BankAccountId::parse, "bank account");
    }
}
