package org.banksync.adapters.web.api.transaction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PATCH /transactions/{id}. */
@Schema(name = "CategoryChange", description = "The body of PATCH /api/v1/transactions/{id}: the user's category, which"
        + " then sticks.",
        requiredProperties = "categoryId")
public record CategoryChange(@Schema(description = "The category's identifier.") String categoryId) {
}
