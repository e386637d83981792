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
    public Response list(@QueryParam("bankAccountId") String bankAccountId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("minAmount") String minAmount,
                         @QueryParam("maxAmount") String maxAmount, @QueryParam("categoryId") String categoryId,
                         @QueryParam("status") String status, @QueryParam("q") String q,
                         @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
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
    public Response get(@PathParam("id") String id) {
        TransactionView view = TransactionView.of(find.get(id(id)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response changeCategory(@PathParam("id") String id, CategoryChange body, @Context HttpHeaders headers) {
        CategoryChange change = Bodies.required(body);
        TransactionId transactionId = id(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, TransactionView.of(find.get(transactionId)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
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
