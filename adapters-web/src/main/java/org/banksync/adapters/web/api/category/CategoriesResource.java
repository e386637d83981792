package org.banksync.adapters.web.api.category;

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
import org.banksync.adapters.web.api.shared.InvalidParameter;
import org.banksync.adapters.web.api.shared.Lists;
import org.banksync.adapters.web.security.Roles;
import org.banksync.application.category.port.in.CreateCategoryCommand;
import org.banksync.application.category.port.in.CreateCategoryUseCase;
import org.banksync.application.category.port.in.DeleteCategoryCommand;
import org.banksync.application.category.port.in.DeleteCategoryUseCase;
import org.banksync.application.category.port.in.FindCategoriesQuery;
import org.banksync.application.category.port.in.UpdateCategoryCommand;
import org.banksync.application.category.port.in.UpdateCategoryUseCase;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.DomainViolation;

import java.util.Locale;

/** Categories: list, read, add, change, delete (with a replacement when in use). */
@Path("v1/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
public class CategoriesResource {

    private FindCategoriesQuery find;
    private CreateCategoryUseCase create;
    private UpdateCategoryUseCase update;
    private DeleteCategoryUseCase delete;

    @Context
    HttpHeaders headers;

    protected CategoriesResource() {
    }

    @Inject
    public CategoriesResource(FindCategoriesQuery find, CreateCategoryUseCase create, UpdateCategoryUseCase update,
                              DeleteCategoryUseCase delete) {
        this.find = find;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @GET
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Locale locale = locale();
        return Lists.page(find.list(PageRequest.of(limit, cursor)), category -> CategoryView.of(category, locale), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        CategoryView view = CategoryView.of(find.get(parse(id)), locale());
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CategoryRequest body, @Context UriInfo uri) {
        CategoryRequest request = Bodies.required(body);
        TransactionCategory created = create.create(new CreateCategoryCommand(request.parsedNames(), request.parsedParent(),
                request.parsedDirection()));
        CategoryView view = CategoryView.of(created, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, CategoryRequest body) {
        CategoryRequest request = Bodies.required(body);
        CategoryId categoryId = parse(id);
        TransactionCategory current = find.get(categoryId);
        Response preconditionFailed = ETags.checkIfMatch(headers, CategoryView.of(current, locale()));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        var direction = request.parsedDirection() == null ? current.direction() : request.parsedDirection();
        CategoryView view = CategoryView.of(update.update(new UpdateCategoryCommand(categoryId, request.parsedNames(),
                request.parsedParent(), direction)), locale());
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id, @QueryParam("replacementId") String replacementId) {
        CategoryId categoryId = parse(id);
        Response preconditionFailed = ETags.checkIfMatch(headers, CategoryView.of(find.get(categoryId), locale()));
        if (preconditionFailed != null) {
            return preconditionFailed;
        }
        delete.delete(new DeleteCategoryCommand(categoryId, replacement(replacementId)));
        return Response.noContent().build();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(locale -> !"*".equals(locale.getLanguage())).orElse(Locale.ENGLISH);
    }

    private static CategoryId replacement(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CategoryId.parse(value);
        } catch (DomainViolation e) {
            throw new InvalidParameter("replacementId", "replacementId is not a category id");
        }
    }

    private static CategoryId parse(String id) {
        return Ids.parse(id, CategoryId::parse, "category");
    }
}
