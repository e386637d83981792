package org.banksync.adapters.web.api.connection;

/** Where to send the user's browser to finish at the aggregator. */
public record ConnectAnswer(String connectUrl, String connectionId) {
}
