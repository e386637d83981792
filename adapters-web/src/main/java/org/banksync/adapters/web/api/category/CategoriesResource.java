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

import java.util.Locale;

/** Categories: list, read, add, change, delete (with a replacement when in use). */
@Path("v1/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ACCOUNTANT})
@Tag(name = "Categories", description = "The category tree, imported and manual, with the same rules as the UI.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "bearerAuth")
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
    @Operation(operationId = "listCategories", summary = "List the categories",
            description = "The category tree as a list (parentId links children to parents), a page at a time.")
    @Parameters({
            @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
                    schema = @Schema(type = SchemaType.STRING, example = "fr"),
                    description = "The language of each category's name (fr or en; en by default).")})
    @APIResponse(responseCode = "200",
            description = "A page of categories.",
            headers = @Header(name = "Link", ref = "Link"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CategoryList")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@Parameter(ref = "limit") @QueryParam("limit") Integer limit,
                         @Parameter(ref = "cursor") @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Locale locale = locale();
        return Lists.page(find.list(PageRequest.of(limit, cursor)), category -> CategoryView.of(category, locale), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCategory", summary = "Read a category",
            description = "One category.")
    @Parameters({
            @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
                    schema = @Schema(type = SchemaType.STRING, example = "fr"),
                    description = "The language of each category's name (fr or en; en by default).")})
    @APIResponse(responseCode = "200",
            description = "The category.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Category")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The category's identifier.", required = true) @PathParam("id") String id) {
        CategoryView view = CategoryView.of(find.get(parse(id)), locale());
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCategory", summary = "Add a category",
            description = "A name (or names in French and English), optionally a parent and a direction.")
    @Parameters({
            @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
                    schema = @Schema(type = SchemaType.STRING, example = "fr"),
                    description = "The language of each category's name (fr or en; en by default).")})
    @APIResponse(responseCode = "201",
            description = "The category added.",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Category")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(
            @RequestBody(description = "The category.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CategoryRequest")))
            CategoryRequest body, @Context UriInfo uri) {
        CategoryRequest request = Bodies.required(body);
        TransactionCategory created = create.create(new CreateCategoryCommand(request.parsedNames(), request.parsedParent(),
                request.parsedDirection()));
        CategoryView view = CategoryView.of(created, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).tag(ETags.of(view)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCategory", summary = "Change a category",
            description = "Replaces its names and parent; the direction stays unless given.")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is 412."),
            @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
                    schema = @Schema(type = SchemaType.STRING, example = "fr"),
                    description = "The language of each category's name (fr or en; en by default).")})
    @APIResponse(responseCode = "200",
            description = "The category changed.",
            headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Category")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response replace(
            @Parameter(description = "The category's identifier.", required = true) @PathParam("id") String id,
            @RequestBody(description = "The category.", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CategoryRequest")))
            CategoryRequest body) {
        CategoryRequest request = Bodies.required(body);
        CategoryId categoryId = parse(id);
        TransactionCategory current = find.get(categoryId);
        ETags.requireMatch(headers, CategoryView.of(current, locale()));
        var direction = request.parsedDirection() == null ? current.direction() : request.parsedDirection();
        CategoryView view = CategoryView.of(update.update(new UpdateCategoryCommand(categoryId, request.parsedNames(),
                request.parsedParent(), direction)), locale());
        return Response.ok(view).tag(ETags.of(view)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCategory", summary = "Delete a category",
            description = "A category used by transactions needs a replacement (?replacementId=), which they move to; else"
                    + " 409. A category with children cannot be deleted (409).")
    @Parameters({
            @Parameter(name = "If-Match", in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
                    description = "The ETag of the last read; when it no longer matches, nothing changes and the answer is"
                            + " 412.")})
    @APIResponse(responseCode = "204", description = "The category is deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response remove(@Parameter(description = "The category's identifier.", required = true) @PathParam("id") String id,
                           @Parameter(description = "The category that takes over its transactions.") @QueryParam("replacementId")
                           String replacementId) {
        CategoryId categoryId = parse(id);
        ETags.requireMatch(headers, CategoryView.of(find.get(categoryId), locale()));
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
