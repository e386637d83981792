package org.banksync.sandbox.bridge.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The callback_url with Bridge's query parameters appended (absent values are left out). */
final class Callback {

    private final StringBuilder url;
    private boolean hasQuery;

    Callback(String base) {
        this.url = new StringBuilder(base);
        this.hasQuery = base.contains("?");
    }

    Callback with(String name, String value) {
        if (value != null) {
            url.append(hasQuery ? '&' : '?').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            hasQuery = true;
        }
        return this;
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
