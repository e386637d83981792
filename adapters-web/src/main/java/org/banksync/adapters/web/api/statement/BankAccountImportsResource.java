package org.banksync.adapters.web.api.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.banksync.adapters.web.api.problem.Problem;
import org.banksync.adapters.web.api.shared.Ids;
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.api.sync.SyncRunView;
import org.banksync.adapters.web.security.Roles;
import org.banksync.adapters.web.upload.UploadedFile;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.in.ImportStatementUseCase;
import org.banksync.application.statement.port.in.ImportStatementUseCase.ImportOutcome;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.TransactionSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Imports a statement file into a bank account: 201 with the import's run; 422 naming the place
 * when the file cannot be imported (nothing imported, a FAILED run left in the history).
 */
@Path("v1/bank-accounts/{id}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Synchronisation", description = "Requesting synchronisations and following them.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class BankAccountImportsResource {

    static final String INVALID_FILE = "urn:banksync:problem:invalid-file";

    private ImportStatementUseCase importer;

    protected BankAccountImportsResource() {
    }

    @Inject
    public BankAccountImportsResource(ImportStatementUseCase importer) {
        this.importer = importer;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importStatement", summary = "Import a statement file",
            description = "Imports a CAMT.053, OFX or CSV statement into the bank account, all of it or nothing. The format is"
                    + " recognised from the file unless `format` says it; a CSV file needs a `csvLayout` part unless the account"
                    + " has a saved one (the layout used is saved). Re-importing a file, or an overlapping one, creates nothing twice.")
    @APIResponse(responseCode = "201", description = "Imported; the body is the import's run, Location names it.",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SyncRun")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The file cannot be imported: `errors` names the place (line, element);"
            + " nothing was imported and Location names the FAILED run (INVALID_FILE).",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response importFile(
            @Parameter(description = "The bank account's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "multipart/form-data with the parts `file` (required), `format` (camt053, ofx or csv)"
                    + " and `csvLayout` (JSON, see CsvLayout).", required = true)
            List<EntityPart> parts, @Context UriInfo uri) {
        BankAccountId account = Ids.parse(id, BankAccountId::parse, "bank account");
        EntityPart filePart = part(parts, "file").orElseThrow(() -> new InvalidParameter("file",
                "the request needs a part named file holding the statement"));
        TransactionSource format = part(parts, "format").map(BankAccountImportsResource::text)
                .filter(text -> !text.isBlank()).map(BankAccountImportsResource::format).orElse(null);
        CsvLayout layout = part(parts, "csvLayout").map(BankAccountImportsResource::text)
                .filter(text -> !text.isBlank()).map(BankAccountImportsResource::layout).orElse(null);
        try (InputStream content = filePart.getContent();
             UploadedFile upload = UploadedFile.copyOf(filePart.getFileName().orElse("statement"), content)) {
            ImportOutcome outcome = importer.importStatement(new ImportStatementCommand(account, upload.name(), upload.content(),
                    format, layout));
            URI location = uri.getBaseUriBuilder().path("v1/sync-runs").path(outcome.run().id().toString()).build();
            return switch (outcome) {
                case ImportStatementUseCase.Imported imported -> Response.created(location).entity(SyncRunView.of(imported.run())).build();
                case ImportStatementUseCase.Refused refused -> Response.status(422).location(location).type(Problem.MEDIA_TYPE)
                        .entity(new Problem(INVALID_FILE, "Unprocessable Content", 422, refused.run().error().message(),
                                List.of(new Problem.FieldError(refused.place() == null ? "file" : refused.place(), refused.detail()))))
                        .build();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TransactionSource format(String text) {
        try {
            TransactionSource format = TransactionSource.fromWireName(text.strip().toLowerCase(java.util.Locale.ROOT));
            if (format == TransactionSource.BRIDGE || format == TransactionSource.PLAID) {
                throw new DomainViolation("format", "");
            }
            return format;
        } catch (DomainViolation e) {
            throw new InvalidParameter("format", "format must be one of camt053, ofx, csv, not '" + text + "'");
        }
    }

    private static CsvLayout layout(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, CsvLayoutBody.class).toLayout();
        } catch (JsonbException e) {
            throw new InvalidParameter("csvLayout", "csvLayout must be a JSON object of the CsvLayout fields: " + e.getMessage());
        } catch (DomainViolation e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
