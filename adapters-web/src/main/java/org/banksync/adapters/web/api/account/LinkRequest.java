package org.banksync.adapters.web.api.account;

/** The body of PUT /bank-accounts/{id}/provider-account. */
public record LinkRequest(String providerAccountId) {
}
