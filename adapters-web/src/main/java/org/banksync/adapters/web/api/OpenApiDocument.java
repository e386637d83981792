package org.banksync.adapters.web.api;

import org.banksync.adapters.web.api.account.BankAccountView;
import org.banksync.adapters.web.api.bank.BankView;
import org.banksync.adapters.web.api.category.CategoryView;
import org.banksync.adapters.web.api.company.CompanyView;
import org.banksync.adapters.web.api.connection.ConnectionView;
import org.banksync.adapters.web.api.connection.ProviderAccountView;
import org.banksync.adapters.web.api.problem.Problem;
import org.banksync.adapters.web.api.sync.SyncRunView;
import org.banksync.adapters.web.api.transaction.TransactionView;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

import java.util.List;

/**
 * The OpenAPI document's frame (served by Payara at /openapi): what Banksync is, how a caller signs in, and the
 * pieces every operation refers to by name: the problem answers, the paging parameters, the list
 * envelopes (ListEnvelope is generic, so each list gets a named schema here; these records document, nothing builds them).
 */
@OpenAPIDefinition(
        info = @Info(title = "Banksync", version = ApiVersion.PROJECT,
                description = "Banksync synchronises a company's bank accounts into its accounting. This REST API lets external"
                        + " systems do what a finance user does in the UI: banks and their connections through an aggregator,"
                        + " bank accounts, synchronisations, transactions and categories. JSON everywhere; errors as"
                        + " application/problem+json (RFC 9457). Identifiers are strings; dates YYYY-MM-DD; instants ISO-8601"
                        + " UTC; amounts decimal strings (negative is money out). Lists answer {items, nextCursor} and a"
                        + " Link rel=\"next\" header; updates accept If-Match with the ETag of the last read."),
        servers = @Server(url = "/", description = "This Banksync server"),
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "A Banksync user's name and password."),
                        @SecurityScheme(securitySchemeName = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
                                description = "A personal API token, created by a user in the UI or under /api/v1/api-tokens"
                                        + " and shown once: Authorization: Bearer <token>.")},
                parameters = {
                        @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page, 50 by default, at"
                                + " most 500.",
                                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                                        defaultValue = "50")),
                        @Parameter(name = "cursor", in = ParameterIn.QUERY,
                                description = "The opaque nextCursor of the previous page; absent for the first page.",
                                schema = @Schema(type = SchemaType.STRING))},
                headers = {
                        @Header(name = "ETag", description = "The representation's entity tag, for If-Match on the next update.",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Location", description = "The URI of the resource.",
                                schema = @Schema(type = SchemaType.STRING, format = "uri")),
                        @Header(name = "Link", description = "<...>; rel=\"next\" when there is a next page.",
                                schema = @Schema(type = SchemaType.STRING))},
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Malformed request: not JSON, a wrong type, a missing body, an invalid parameter"
                                        + " value; errors names each field.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "No credentials, or wrong ones.",
                                headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role may not do this.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "There is no such resource.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The request conflicts with the resource's current state.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match no longer matches the ETag: read the resource again and retry.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body is not JSON.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "UnprocessableContent", responseCode = "422",
                                description = "Well-formed, but it breaks a rule (an IBAN that fails its check, an unknown"
                                        + " company...); errors names each field.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "BadGateway", responseCode = "502",
                                description = "The aggregator refused the call or answered something unusable.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                                description = "The aggregator is unavailable or limits the rate; retry after Retry-After.",
                                headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))}))
public final class OpenApiDocument {

    private static final String NEXT_CURSOR = "The opaque cursor of the next page (pass it as ?cursor=), null on the last page.";

    private OpenApiDocument() {
    }

    /** A page of companies. */
    @Schema(name = "CompanyList", description = "A page of companies.")
    public record CompanyList(List<CompanyView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A page of banks. */
    @Schema(name = "BankList", description = "A page of banks.")
    public record BankList(List<BankView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** Every connection, in one page. */
    @Schema(name = "ConnectionList", description = "Every connection, in one page.")
    public record ConnectionList(List<ConnectionView> items,
            @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A connection's provider accounts, in one page. */
    @Schema(name = "ProviderAccountList", description = "A connection's provider accounts, in one page.")
    public record ProviderAccountList(List<ProviderAccountView> items,
                                      @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A page of bank accounts. */
    @Schema(name = "BankAccountList", description = "A page of bank accounts.")
    public record BankAccountList(List<BankAccountView> items,
            @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A page of runs. */
    @Schema(name = "SyncRunList", description = "A page of synchronisation and import runs.")
    public record SyncRunList(List<SyncRunView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A page of transactions. */
    @Schema(name = "TransactionList", description = "A page of transactions.")
    public record TransactionList(List<TransactionView> items,
            @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }

    /** A page of categories. */
    @Schema(name = "CategoryList", description = "A page of categories.")
    public record CategoryList(List<CategoryView> items, @Schema(description = NEXT_CURSOR, nullable = true) String nextCursor) {
    }
}
