package org.banksync.adapters.web.api.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /bank-accounts/{id}/sync: the sync start date, YYYY-MM-DD (optional after the first run). */
@Schema(name = "SyncRequest", description = "The optional body of POST /api/v1/bank-accounts/{id}/sync.")
public record SyncRequestBody(
        @Schema(description = "The sync start date; optional after the first run.", format = "date", nullable = true,
                example = "2026-01-01") String since) {
}
