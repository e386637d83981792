package org.banksync.adapters.bridge.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.banksync.adapters.bridge.config.BridgeSettings;

/** Adds Bridge's application headers (credentials, API version) to every request. */
final class AppHeaders implements ClientRequestFilter {

    private final String clientId;
    private final String clientSecret;

    AppHeaders(BridgeSettings settings) {
        this.clientId = settings.clientId() == null ? "" : settings.clientId();
        this.clientSecret = settings.clientSecret() == null ? "" : settings.clientSecret();
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("Client-Id", clientId);
        request.getHeaders().putSingle("Client-Secret", clientSecret);
        request.getHeaders().putSingle("Bridge-Version", BridgeSettings.BRIDGE_VERSION);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
    }
}
