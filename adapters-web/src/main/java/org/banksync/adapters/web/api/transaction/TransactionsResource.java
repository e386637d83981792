package org.banksync.adapters.web.api.transaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.api.shared.Lists;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.CategorizeTransactionCommand;
import org.banksync.application.transaction.port.in.CategorizeTransactionUseCase;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionStatus;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/** Transactions: filtered keyset-paged list (with tombstones when mirroring by updatedSince), one, and its category. */
@Path("v1/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Transactions", description = "The filtered, keyset-paged list, one transaction, and the user's category.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class TransactionsResource {

    private FindTransactionsQuery find;
    private CategorizeTransactionUseCase categorize;

    protected TransactionsResource() {
    }

    @Inject
    public TransactionsResource(FindTransactionsQuery find, CategorizeTransactionUseCase categorize) {
        this.find = find;
        this.categorize = categorize;
    }

    @GET
    @Operation(operationId = "listTransactions", summary = "List the transactions",
            description = "Filtered, in a stable order, a page at a time: rows added while a client pages never make it"
                    + " miss or repeat a row. With updatedSince, the changes since that instant, tombstones (deleted:"
                    + " true) included, to mirror Banksync incrementally.")
    @APIResponse(responseCode = "200",
            description = "A page of transactions.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TransactionList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@Parameter(description = "Only this bank account's transactions.")
                         @QueryParam("bankAccountId") String bankAccountId,
                         @Parameter(description = "Booked on or after this date.", schema = @Schema(type = SchemaType.STRING,
                                 format = "date", example = "2026-01-01")) @QueryParam("from") String from,
                         @Parameter(description = "Booked on or before this date.", schema = @Schema(type = SchemaType.STRING,
                                 format = "date", example = "2026-12-31")) @QueryParam("to") String to,
                         @Parameter(description = "At least this amount (a decimal string; negative is money out).",
                                 schema = @Schema(type = SchemaType.STRING, format = "decimal", example = "-500.00"))
                                 @QueryParam("minAmount") String minAmount,
                         @Parameter(description = "At most this amount (a decimal string; negative is money out).",
                                 schema = @Schema(type = SchemaType.STRING, format = "decimal", example = "0"))
                                 @QueryParam("maxAmount") String maxAmount,
                         @Parameter(description = "Only this category's transactions.")
                         @QueryParam("categoryId") String categoryId,
                         @Parameter(description = "Only this status.", schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"PENDING", "BOOKED"})) @QueryParam("status") String status,
                         @Parameter(description = "Text searched in the descriptions.") @QueryParam("q") String q,
                         @Parameter(description = "Only the transactions changed after this instant (UTC), tombstones included.",
                                 schema = @Schema(type = SchemaType.STRING, format = "date-time",
                                         example = "2026-11-26T03:00:00Z")) @QueryParam("updatedSince") String updatedSince,
                         @Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        TransactionFilter filter = TransactionFilter.builder()
                .bankAccountId(parse("bankAccountId", bankAccountId, BankAccountId::parse))
                .from(parse("from", from, LocalDate::parse))
                .to(parse("to", to, LocalDate::parse))
                .minAmount(parse("minAmount", minAmount, BigDecimal::new))
                .maxAmount(parse("maxAmount", maxAmount, BigDecimal::new))
                .categoryId(parse("categoryId", categoryId, CategoryId::parse))
                .status(parse("status", status, value -> TransactionStatus.valueOf(value.toUpperCase(Locale.ROOT))))
                .q(q)
                .updatedSince(parse("updatedSince", updatedSince, Instant::parse))
                .build();
        return Lists.page(find.list(filter, PageRequest.of(limit, cursor)), TransactionView::of, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTransaction", summary = "Read a transaction",
            description = "One transaction.")
    @APIResponse(responseCode = "200",
            description = "The transaction.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Transaction")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The transaction's identifier.", required = true) @PathParam("id") String id) {
        TransactionView view = TransactionView.of(find.get(id(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "categorizeTransaction", summary = "Change a transaction's category",
            description = "Sets the user's category (categorySource USER), which later synchronisations keep. Accepts"
                    + " application/json and application/merge-patch+json.")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "200",
            description = "The transaction, recategorised.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Transaction")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response changeCategory(
            @Parameter(description = "The transaction's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The category.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CategoryChange")))
            CategoryChange body, @Context HttpHeaders headers) {
        CategoryChange change = Bodies.required(body);
        TransactionId transactionId = id(id);
        ETags.requireMatch(headers, TransactionView.of(find.get(transactionId)));
        if (change.categoryId() == null || change.categoryId().isBlank()) {
            throw new DomainViolation("categoryId", "categoryId is required");
        }
        TransactionView view = TransactionView.of(categorize.categorize(new CategorizeTransactionCommand(transactionId,
                parseCategory(change.categoryId()))));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    private static CategoryId parseCategory(String value) {
        try {
            return CategoryId.parse(value);
        } catch (DomainViolation e) {
            throw new DomainViolation("categoryId", "there is no category " + value);
        }
    }

    private static TransactionId id(String id) {
        return Ids.parse(id, TransactionId::parse, "transaction");
    }

    /** A query parameter parsed, or 400 naming it. */
    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new InvalidParameter(name, name + " has an invalid value '" + value + "'");
        }
    }
}
