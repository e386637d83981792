package org.banksync.domain.category;

/** Where a category comes from: a provider's list, or a user. */
public enum CategoryOrigin {
    IMPORTED,
    MANUAL
}
