package org.banksync.sandbox.bridge.world;

/**
 * What a login on the connect page leads to: the item's status and info now, whether the bank's data
 * is fetched, and optionally the status the next scheduled refresh will end in (success.1010).
 */
public record ConnectOutcome(int status, String statusCodeInfo, boolean fetchesData, Integer statusAfterNextRefresh) {

    public boolean succeeded() {
        return status == 0;
    }
}
