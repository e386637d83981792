package org.banksync.adapters.web.api.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.banksync.adapters.web.api.shared.Bodies;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.shared.NotFound;
import org.banksync.application.statement.port.in.FindCsvLayoutQuery;
import org.banksync.application.statement.port.in.SaveCsvLayoutUseCase;
import org.banksync.domain.account.BankAccountId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A bank account's saved CSV layout: what its CSV imports use when they give none. */
@Path("v1/bank-accounts/{id}/csv-layout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Synchronisation", description = "Requesting synchronisations and following them.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class BankAccountCsvLayoutResource {

    private FindBankAccountsQuery accounts;
    private FindCsvLayoutQuery layouts;
    private SaveCsvLayoutUseCase save;

    protected BankAccountCsvLayoutResource() {
    }

    @Inject
    public BankAccountCsvLayoutResource(FindBankAccountsQuery accounts, FindCsvLayoutQuery layouts, SaveCsvLayoutUseCase save) {
        this.accounts = accounts;
        this.layouts = layouts;
        this.save = save;
    }

    @GET
    @Operation(operationId = "getCsvLayout", summary = "Read a bank account's CSV layout",
            description = "The layout the account's last CSV import used (or the one saved with PUT); 404 when there is none.")
    @APIResponse(responseCode = "200", description = "The saved layout.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CsvLayout")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CsvLayoutBody get(@Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id) {
        BankAccountId account = Ids.parse(id, BankAccountId::parse, "bank account");
        accounts.get(account);
        return layouts.savedLayout(account).map(CsvLayoutBody::of)
                .orElseThrow(() -> new NotFound("CSV layout saved for bank account", account));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveCsvLayout", summary = "Save a bank account's CSV layout",
            description = "Saves the layout that the account's CSV imports use when they give none; answers it as saved.")
    @APIResponse(responseCode = "200", description = "The saved layout.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CsvLayout")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public CsvLayoutBody put(@Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id,
                             @RequestBody(description = "The layout.", required = true,
                                     content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CsvLayout")))
                             CsvLayoutBody body) {
        return CsvLayoutBody.of(save.save(Ids.parse(id, BankAccountId::parse, "bank account"), Bodies.required(body).toLayout()));
    }
}
