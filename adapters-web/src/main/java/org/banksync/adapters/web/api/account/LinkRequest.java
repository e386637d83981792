package org.banksync.adapters.web.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /bank-accounts/{id}/provider-account. */
@Schema(name = "LinkRequest", description = "The body of PUT /api/v1/bank-accounts/{id}/provider-account.",
        requiredProperties = "providerAccountId")
public record LinkRequest(
        @Schema(description = "The id of a provider account of one of the bank's connections.") String providerAccountId) {
}
