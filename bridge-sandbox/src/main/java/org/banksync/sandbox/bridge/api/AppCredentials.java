package org.banksync.sandbox.bridge.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.banksync.sandbox.bridge.http.ApiError;
import org.banksync.sandbox.bridge.http.Request;

/** The checks on every Bridge call: Client-Id and Client-Secret (401), then Bridge-Version (400). */
public final class AppCredentials {

    public static final String VERSION = "2025-01-15";

    private final byte[] clientId;
    private final byte[] clientSecret;

    public AppCredentials(String clientId, String clientSecret) {
        this.clientId = clientId.getBytes(StandardCharsets.UTF_8);
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
    }

    public void check(Request request) {
        boolean idOk = same(request.header("Client-Id").orElse(""), clientId);
        boolean secretOk = same(request.header("Client-Secret").orElse(""), clientSecret);
        if (!idOk || !secretOk) {
            throw ApiError.unauthorized("invalid_client_credentials", "client_id and client_secret are invalid");
        }
        String version = request.header("Bridge-Version").orElse(null);
        if (version == null) {
            throw new ApiError(400, "invalid_version_header", "Bridge-Version", "the Bridge-Version header is missing");
        }
        if (!VERSION.equals(version.trim())) {
            throw new ApiError(400, "invalid_version_header", "Bridge-Version",
                    "unknown Bridge-Version " + version + "; this sandbox serves " + VERSION);
        }
    }

    private static boolean same(String given, byte[] expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }
}
