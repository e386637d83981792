package org.banksync.domain.transaction;

import java.util.Arrays;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;

/** Where a transaction came from: an aggregator or a statement file format; API names are lower case. */
public enum TransactionSource {
    BRIDGE("bridge"),
    PLAID("plaid"),
    CAMT053("camt053"),
    OFX("ofx"),
    CSV("csv");

    private final String wireName;

    TransactionSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static TransactionSource fromWireName(String name) {
        return Arrays.stream(values())
                .filter(source -> source.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainViolation("source",
                        "source '" + name + "' is not one of bridge, plaid, camt053, ofx, csv"));
    }

    /** The source of the transactions a provider delivers. */
    public static TransactionSource of(Provider provider) {
        return switch (provider) {
            case BRIDGE -> BRIDGE;
            case PLAID -> PLAID;
        };
    }
}
