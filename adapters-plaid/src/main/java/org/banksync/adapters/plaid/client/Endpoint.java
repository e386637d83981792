package org.banksync.adapters.plaid.client;

/**
 * The Plaid endpoints Banksync calls, with Plaid's published Production limits per Item and per
 * client per minute (reference section 9); 0 where Plaid publishes none, so no budget is kept.
 */
public enum Endpoint {
    LINK_TOKEN_CREATE("/link/token/create", 0, 0),
    LINK_TOKEN_GET("/link/token/get", 0, 0),
    PUBLIC_TOKEN_EXCHANGE("/item/public_token/exchange", 0, 0),
    ITEM_GET("/item/get", 15, 5_000),
    ACCOUNTS_GET("/accounts/get", 15, 15_000),
    AUTH_GET("/auth/get", 15, 12_000),
    TRANSACTIONS_SYNC("/transactions/sync", 50, 2_500),
    WEBHOOK_VERIFICATION_KEY_GET("/webhook_verification_key/get", 0, 0);

    private final String path;
    private final int perItemPerMinute;
    private final int perClientPerMinute;

    Endpoint(String path, int perItemPerMinute, int perClientPerMinute) {
        this.path = path;
        this.perItemPerMinute = perItemPerMinute;
        this.perClientPerMinute = perClientPerMinute;
    }

    public String path() {
        return path;
    }

    public int perItemPerMinute() {
        return perItemPerMinute;
    }

    public int perClientPerMinute() {
        return perClientPerMinute;
    }
}
