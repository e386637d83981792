package org.banksync.adapters.web.api.sync;

/** The body of POST /bank-accounts/{id}/sync: the sync start date, YYYY-MM-DD (optional after the first run). */
public record SyncRequestBody(String since) {
}
