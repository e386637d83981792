package org.banksync.sandbox.bridge.api;

import java.util.Comparator;
import java.util.List;
import org.banksync.sandbox.bridge.data.Categories;
import org.banksync.sandbox.bridge.data.Category;
import org.banksync.sandbox.bridge.data.Language;
import org.banksync.sandbox.bridge.data.Provider;
import org.banksync.sandbox.bridge.data.Providers;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Pages;
import org.banksync.sandbox.bridge.http.Request;
import org.banksync.sandbox.bridge.http.Response;
import org.banksync.sandbox.bridge.http.Router;

/** The public resources that need only the app headers: categories and providers. */
final class ReferenceApi {

    private final Views views;

    ReferenceApi(Views views) {
        this.views = views;
    }

    void register(Router router) {
        router.add("GET", "/v3/aggregation/categories", this::categories)
                .add("GET", "/v3/aggregation/categories/{id}", this::category)
                .add("GET", "/v3/providers", this::providers)
                .add("GET", "/v3/providers/{id}", this::provider);
    }

    private Response categories(Request request) {
        Language language = ItemsApi.language(request);
        List<Category> parents = Categories.parents().stream().sorted(Comparator.comparingLong(Category::id)).toList();
        return Response.ok(Pages.of(parents, Category::id, request, parent -> Views.category(parent, language)));
    }

    private Response category(Request request) {
        Category category = Categories.byId(request.idVariable("id", "category"))
                .orElseThrow(() -> ApiError.notFound("category"));
        return Response.ok(Views.category(category, ItemsApi.language(request)));
    }

    private Response providers(Request request) {
        List<Provider> providers = Providers.all().stream()
                .filter(provider -> request.param("country_code")
                        .map(code -> code.equalsIgnoreCase(provider.countryCode())).orElse(true))
                .sorted(Comparator.comparingLong(Provider::id))
                .toList();
        return Response.ok(Pages.of(providers, Provider::id, request, views::provider));
    }

    private Response provider(Request request) {
        Provider provider = Providers.byId(request.idVariable("id", "provider"))
                .orElseThrow(() -> ApiError.notFound("provider"));
        return Response.ok(views.provider(provider));
    }
}
