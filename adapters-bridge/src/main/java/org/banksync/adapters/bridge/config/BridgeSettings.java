package org.banksync.adapters.bridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the adapter needs to reach Bridge and to be reached back. The secrets never appear in
 * {@link #toString()}.
 *
 * @param baseUrl        Bridge's host without {@code /v3} ({@code next_uri} values are relative to it)
 * @param publicUrl      where browsers and Bridge reach Banksync (the connect callback is built on it)
 * @param userEmail      the e-mail Bridge requires on connect sessions (it sends terms-of-service notices there)
 * @param connectTimeout TCP connect timeout of every call
 * @param readTimeout    socket read timeout of every call (Fault Tolerance's timeout cannot interrupt a blocked read)
 */
public record BridgeSettings(URI baseUrl, String clientId, String clientSecret, String webhookSecret,
                             String webhookSecretPrevious, URI publicUrl, String userEmail, Duration connectTimeout,
                             Duration readTimeout) {

    /** The API generation every call asks for. */
    public static final String BRIDGE_VERSION = "2025-01-15";

    public BridgeSettings {
        baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        publicUrl = withoutTrailingSlash(Objects.requireNonNull(publicUrl, "publicUrl"));
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** Whether the application credentials are set at all (calls fail as misconfigured otherwise). */
    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    /** Where Bridge sends the browser at the end of its hosted flow. */
    public URI callbackUrl() {
        return URI.create(publicUrl + "/api/bridge/callback");
    }

    @Override
    public String toString() {
        return "BridgeSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=" + mask(clientSecret)
                + ", webhookSecret=" + mask(webhookSecret) + ", webhookSecretPrevious=" + mask(webhookSecretPrevious)
                + ", publicUrl=" + publicUrl + ", userEmail=" + userEmail + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }

    private static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "unset" : "****";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
