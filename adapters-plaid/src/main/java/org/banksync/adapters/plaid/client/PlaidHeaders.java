package org.banksync.adapters.plaid.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.banksync.adapters.plaid.config.PlaidSettings;

/** Adds Plaid's credentials and API version to every request as headers, so that bodies carry only the call's own fields. */
final class PlaidHeaders implements ClientRequestFilter {

    private final String clientId;
    private final String secret;

    PlaidHeaders(PlaidSettings settings) {
        this.clientId = settings.clientId() == null ? "" : settings.clientId();
        this.secret = settings.secret() == null ? "" : settings.secret();
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("PLAID-CLIENT-ID", clientId);
        request.getHeaders().putSingle("PLAID-SECRET", secret);
        request.getHeaders().putSingle("Plaid-Version", PlaidSettings.PLAID_VERSION);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
    }
}
