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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Bank accounts: list, read, open, change, close, and link to an aggregator's account. */
@Path("v1/bank-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Bank accounts", description = "A company's accounts at its banks and their links to the aggregator's accounts.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
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
    @Operation(operationId = "listBankAccounts", summary = "List the bank accounts",
            description = "The bank accounts, a page at a time, optionally of one company or one bank.")
    @APIResponse(responseCode = "200",
            description = "A page of bank accounts.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccountList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response list(@Parameter(description = "Only this company's accounts (a company code).")
                         @QueryParam("company") String company,
                         @Parameter(description = "Only the accounts at this bank.") @QueryParam("bankId") String bankId,
                         @Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        BankAccountFilter filter = new BankAccountFilter(company == null ? null : CompanyCode.of(company),
                bankId == null ? null : BankId.parse(bankId));
        return Lists.page(find.list(filter, PageRequest.of(limit, cursor)), this::view, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBankAccount", summary = "Read a bank account",
            description = "One bank account, with its link to a provider account and its last synchronisation.")
    @APIResponse(responseCode = "200",
            description = "The bank account.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccount")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id) {
        BankAccountView view = view(find.get(parse(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBankAccount", summary = "Open a bank account",
            description = "bankId, name and currency are required; the IBAN is checked; the default company when none is named.")
    @APIResponse(responseCode = "201",
            description = "The bank account opened.",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccount")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(
            @RequestBody(description = "The bank account.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccountRequest")))
            BankAccountRequest body, @Context UriInfo uri) {
        BankAccountRequest request = Bodies.required(body);
        BankAccount account = open.open(new OpenBankAccountCommand(request.parsedCompany(), request.parsedBankId(),
                request.name(), request.parsedIban(), request.parsedCurrency(), request.glAccount()));
        BankAccountView view = view(account);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceBankAccount", summary = "Change a bank account",
            description = "Replaces its name, IBAN, currency and general-ledger account.")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "200",
            description = "The bank account changed.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccount")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response replace(
            @Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The bank account.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccountRequest")))
            BankAccountRequest body, @Context HttpHeaders headers) {
        BankAccountRequest request = Bodies.required(body);
        BankAccountId accountId = parse(id);
        ETags.requireMatch(headers, view(find.get(accountId)));
        BankAccountView view = view(update.update(new UpdateBankAccountCommand(accountId, request.name(),
                request.parsedIban(), request.parsedCurrency(), request.glAccount())));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteBankAccount", summary = "Close a bank account",
            description = "Removes a bank account that holds no transactions (else 409: they are kept as accounting records).")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "204", description = "The bank account is closed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response remove(@Parameter(description = "The bank account's identifier.", required = true)
                           @PathParam("id") String id, @Context HttpHeaders headers) {
        BankAccountId accountId = parse(id);
        ETags.requireMatch(headers, view(find.get(accountId)));
        close.close(accountId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/provider-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkProviderAccount", summary = "Link to a provider account",
            description = "Links the bank account to one of the aggregator's accounts of its bank and company, so that"
                    + " synchronisation reads it; 409 when that provider account is linked to another bank account.")
    @APIResponse(responseCode = "200",
            description = "The bank account, linked.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankAccount")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response link(
            @Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The provider account.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LinkRequest")))
            LinkRequest body) {
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
