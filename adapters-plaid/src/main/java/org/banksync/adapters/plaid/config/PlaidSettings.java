package org.banksync.adapters.plaid.config;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the adapter needs to reach Plaid and to be reached back. The secret never appears in
 * {@link #toString()}.
 *
 * @param baseUrl        Plaid's host (every path sits at its root)
 * @param publicUrl      where browsers and Plaid reach Banksync (callback and webhook are built on it)
 * @param clientName     the name Link shows the user (Plaid allows 30 characters)
 * @param language       Link's language
 * @param countryCodes   the countries whose banks Link offers
 * @param daysRequested  how much history Plaid fetches at the first connection (it cannot be raised later)
 * @param connectTimeout TCP connect timeout of every call
 * @param readTimeout    socket read timeout of every call (Fault Tolerance's timeout cannot interrupt a blocked read)
 */
public record PlaidSettings(URI baseUrl, String clientId, String secret, URI publicUrl, String clientName,
                            String language, List<String> countryCodes, int daysRequested, Duration connectTimeout,
                            Duration readTimeout) {

    /** The API generation every call asks for. */
    public static final String PLAID_VERSION = "2020-09-14";
    public static final int CLIENT_NAME_MAX_LENGTH = 30;
    public static final int MAX_DAYS_REQUESTED = 730;

    public PlaidSettings {
        baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        publicUrl = withoutTrailingSlash(Objects.requireNonNull(publicUrl, "publicUrl"));
        Objects.requireNonNull(clientName, "clientName");
        if (clientName.isBlank() || clientName.length() > CLIENT_NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("plaid.client.name must be 1 to " + CLIENT_NAME_MAX_LENGTH
                    + " characters, not '" + clientName + "'");
        }
        Objects.requireNonNull(language, "language");
        countryCodes = List.copyOf(countryCodes);
        if (countryCodes.isEmpty()) {
            throw new IllegalArgumentException("plaid.country.codes names no country Plaid supports");
        }
        if (daysRequested < 1 || daysRequested > MAX_DAYS_REQUESTED) {
            throw new IllegalArgumentException("plaid.days.requested must be 1 to " + MAX_DAYS_REQUESTED + ", not "
                    + daysRequested);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** Whether the application credentials are set at all (calls fail as misconfigured otherwise). */
    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank() && secret != null && !secret.isBlank();
    }

    /** Where Hosted Link sends the browser at the end, on success and on exit alike. */
    public URI callbackUrl(String context) {
        return URI.create(publicUrl + "/api/plaid/callback?context=" + URLEncoder.encode(context, StandardCharsets.UTF_8));
    }

    /** Where Plaid posts the item's webhooks. */
    public URI webhookUrl() {
        return URI.create(publicUrl + "/api/webhooks/plaid");
    }

    @Override
    public String toString() {
        return "PlaidSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", secret="
                + (secret == null || secret.isEmpty() ? "unset" : "****") + ", publicUrl=" + publicUrl + ", clientName="
                + clientName + ", language=" + language + ", countryCodes=" + countryCodes + ", daysRequested="
                + daysRequested + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
