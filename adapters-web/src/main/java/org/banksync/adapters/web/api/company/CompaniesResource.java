package org.banksync.adapters.web.api.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.banksync.application.company.port.in.FindCompaniesQuery;
import org.banksync.application.company.port.in.RegisterCompanyCommand;
import org.banksync.application.company.port.in.RegisterCompanyUseCase;
import org.banksync.application.company.port.in.RenameCompanyCommand;
import org.banksync.application.company.port.in.RenameCompanyUseCase;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.company.CompanyCode;
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

/** Companies: everyone reads them; administrators add and rename them. */
@Path("v1/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Companies", description = "The companies whose bank accounts Banksync keeps; administrators add and rename them.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
public class CompaniesResource {

    private FindCompaniesQuery find;
    private RegisterCompanyUseCase register;
    private RenameCompanyUseCase rename;

    protected CompaniesResource() {
    }

    @Inject
    public CompaniesResource(FindCompaniesQuery find, RegisterCompanyUseCase register, RenameCompanyUseCase rename) {
        this.find = find;
        this.register = register;
        this.rename = rename;
    }

    @GET
    @Operation(operationId = "listCompanies", summary = "List the companies",
            description = "The companies, a page at a time.")
    @APIResponse(responseCode = "200",
            description = "A page of companies.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CompanyList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return Lists.page(find.list(PageRequest.of(limit, cursor)), CompanyView::of, uri);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCompany", summary = "Read a company",
            description = "One company by its code.")
    @APIResponse(responseCode = "200",
            description = "The company.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Company")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The company's code.", required = true) @PathParam("code") String code) {
        CompanyView view = CompanyView.of(find.get(parse(code)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCompany", summary = "Add a company",
            description = "Administrators only. The code must be new (else 422).")
    @APIResponse(responseCode = "201",
            description = "The company added.",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Company")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(
            @RequestBody(description = "The company.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Company")))
            CompanyView body, @Context UriInfo uri) {
        CompanyView request = Bodies.required(body);
        CompanyView view = CompanyView.of(register.register(new RegisterCompanyCommand(
                request.code() == null ? null : CompanyCode.of(request.code()), request.name())));
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceCompany", summary = "Rename a company",
            description = "Administrators only. Changes the name; the code stays.")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "200",
            description = "The company renamed.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Company")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response replace(
            @Parameter(description = "The company's code.", required = true) @PathParam("code") String code,
            @RequestBody(description = "The company; its name is used.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Company")))
            CompanyView body, @Context HttpHeaders headers) {
        CompanyView request = Bodies.required(body);
        CompanyCode companyCode = parse(code);
        ETags.requireMatch(headers, CompanyView.of(find.get(companyCode)));
        CompanyView view = CompanyView.of(rename.rename(new RenameCompanyCommand(companyCode, request.name())));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    private static CompanyCode parse(String code) {
        return Ids.parse(code, CompanyCode::of, "company");
    }
}
