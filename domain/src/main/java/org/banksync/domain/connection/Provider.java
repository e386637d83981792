package org.banksync.domain.connection;

import java.util.Arrays;
import org.banksync.domain.shared.DomainViolation;

/** The aggregators Banksync reads banks through; their API names are lower case. */
public enum Provider {
    BRIDGE("bridge"),
    PLAID("plaid");

    private final String wireName;

    Provider(String wireName) {
        this.wireName = wireName;
    }

    /** The name used over the API and in storage. */
    public String wireName() {
        return wireName;
    }

    public static Provider fromWireName(String name) {
        return Arrays.stream(values())
                .filter(provider -> provider.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainViolation("provider",
                        "provider '" + name + "' is not one of bridge, plaid"));
    }
}
