package org.banksync.sandbox.bridge.data;

/** The kinds of account an item holds, with the `type` Bridge writes for each. */
public enum AccountKind {
    CHECKING("checking"), SAVINGS("savings"), CARD("card"), LOAN("loan");

    private final String bridgeType;

    AccountKind(String bridgeType) {
        this.bridgeType = bridgeType;
    }

    public String bridgeType() {
        return bridgeType;
    }
}
