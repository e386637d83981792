package org.banksync.adapters.web.api.category;

import org.banksync.domain.category.TransactionCategory;

import java.util.Locale;

/** A category as the API shows it (API.md "Category"); {@code name} is in the request's language. */
public record CategoryView(String id, String name, Names names, String parentId, String origin, String provider,
                           String externalId, String direction) {

    static CategoryView of(TransactionCategory category, Locale locale) {
        var ref = category.providerRef();
        return new CategoryView(category.id().toString(), category.names().in(locale),
                new Names(category.names().fr(), category.names().en()),
                category.parentId() == null ? null : category.parentId().toString(), category.origin().name(),
                ref == null ? null : ref.provider().wireName(), ref == null ? null : ref.externalId(),
                category.direction().name());
    }

    /** The names in both languages. */
    public record Names(String fr, String en) {
    }
}
