package org.banksync.adapters.web.api.connection;

/** The optional body of POST /banks/{id}/connections. */
public record ConnectRequest(String company, String provider) {
}
