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

import java.time.Clock;

/** Banks: list, read, add, change, remove. */
@Path("v1/banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Banks", description = "The institutions and their connections.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
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
    @Operation(operationId = "listBanks", summary = "List the banks",
            description = "The banks, a page at a time, each with its connections.")
    @APIResponse(responseCode = "200",
            description = "A page of banks.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return Lists.page(find.list(PageRequest.of(limit, cursor)), this::view, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBank", summary = "Read a bank",
            description = "One bank with its connections; the ETag is for If-Match on the next update.")
    @APIResponse(responseCode = "200",
            description = "The bank.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Bank")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The bank's identifier.", required = true) @PathParam("id") String id) {
        BankView view = view(find.get(parse(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBank", summary = "Add a bank",
            description = "Only the name is required; the BIC is checked and stored upper case.")
    @APIResponse(responseCode = "201",
            description = "The bank added.",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Bank")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(
            @RequestBody(description = "The bank.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankRequest")))
            BankRequest body, @Context UriInfo uri) {
        BankRequest request = Bodies.required(body);
        Bank bank = register.register(new RegisterBankCommand(request.name(), request.parsedBic(),
                request.parsedWebsite(), request.parsedLogoUrl()));
        BankView view = view(bank);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceBank", summary = "Change a bank",
            description = "Replaces the bank's name, BIC, web site and logo.")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "200",
            description = "The bank changed.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Bank")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response replace(
            @Parameter(description = "The bank's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The bank.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BankRequest")))
            BankRequest body, @Context HttpHeaders headers) {
        BankRequest request = Bodies.required(body);
        BankId bankId = parse(id);
        ETags.requireMatch(headers, view(find.get(bankId)));
        Bank bank = update.update(new UpdateBankCommand(bankId, request.name(), request.parsedBic(),
                request.parsedWebsite(), request.parsedLogoUrl()));
        BankView view = view(bank);
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteBank", summary = "Remove a bank",
            description = "Removes a bank that has no bank accounts or connections left (else 409).")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "204", description = "The bank is removed.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response remove(@Parameter(description = "The bank's identifier.", required = true) @PathParam("id") String id,
            @Context HttpHeaders headers) {
        BankId bankId = parse(id);
        ETags.requireMatch(headers, view(find.get(bankId)));
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
