package org.banksync.adapters.web.api.category;

import org.banksync.domain.category.TransactionCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;

/** A category as the API shows it (API.md "Category"); {@code name} is in the request's language. */
@Schema(name = "Category", description = "A transaction category (API.md \"Category\"); name is in the request's"
        + " language (Accept-Language).")
public record CategoryView(
        @Schema(description = "The category's identifier.") String id,
        @Schema(description = "The name in the request's language.", example = "Office supplies") String name,
        @Schema(description = "The names in French and English.") Names names,
        @Schema(description = "The parent category's identifier.", nullable = true) String parentId,
        @Schema(description = "Imported from an aggregator or added by a user.", enumeration = {"IMPORTED", "MANUAL"})
        String origin,
        @Schema(description = "The aggregator it was imported from.", nullable = true, enumeration = {"bridge", "plaid"})
        String provider,
        @Schema(description = "The aggregator's identifier of the category.", nullable = true) String externalId,
        @Schema(description = "The cash-flow direction.", enumeration = {"IN", "OUT", "BOTH"}) String direction) {

    static CategoryView of(TransactionCategory category, Locale locale) {
        var ref = category.providerRef();
        return new CategoryView(category.id().toString(), category.names().in(locale),
                new Names(category.names().fr(), category.names().en()),
                category.parentId() == null ? null : category.parentId().toString(), category.origin().name(),
                ref == null ? null : ref.provider().wireName(), ref == null ? null : ref.externalId(),
                category.direction().name());
    }

    /** The names in both languages. */
    @Schema(name = "CategoryNames", description = "The names in both languages.")
    public record Names(@Schema(description = "In French.", nullable = true, example = "Fournitures de bureau") String fr,
                        @Schema(description = "In English.", nullable = true, example = "Office supplies") String en) {
    }
}
