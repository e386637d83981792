package org.banksync.adapters.web.api.transaction;

/** The body of PATCH /transactions/{id}. */
public record CategoryChange(String categoryId) {
}
