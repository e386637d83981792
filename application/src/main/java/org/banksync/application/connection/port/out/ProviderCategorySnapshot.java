package org.banksync.application.connection.port.out;

/** One node of an aggregator's category tree; the parent is null for a top-level category. */
public record ProviderCategorySnapshot(String externalId, String parentExternalId, String nameFr, String nameEn) {
}
