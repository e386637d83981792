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

/** Companies: everyone reads them; administrators add and rename them. */
@Path("v1/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
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
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return Lists.page(find.list(PageRequest.of(limit, cursor)), CompanyView::of, uri);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        CompanyView view = CompanyView.of(find.get(parse(code)));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(CompanyView body, @Context UriInfo uri) {
        CompanyView request = Bodies.required(body);
        CompanyView view = CompanyView.of(register.register(new RegisterCompanyCommand(
                request.code() == null ? null : CompanyCode.of(request.code()), request.name())));
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response replace(@PathParam("code") String code, CompanyView body, @Context HttpHeaders headers) {
        CompanyView request = Bodies.required(body);
        CompanyCode companyCode = parse(code);
        Response preconditionFailed = ETags.checkIfMatch(headers, CompanyView.of(find.get(companyCode)));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        CompanyView view = CompanyView.of(rename.rename(new RenameCompanyCommand(companyCode, request.name())));
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    private static CompanyCode parse(String code) {
        return Ids.parse(code, CompanyCode::of, "company");
    }
}
