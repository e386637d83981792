package org.banksync.sandbox.bridge.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/** The `limit` and `after` of a list call: limit 1..500 (default 50), after an opaque base64 cursor. */
public record PageRequest(int limit, OptionalLong after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest from(Request request) {
        int limit = request.param("limit").map(PageRequest::parseLimit).orElse(DEFAULT_LIMIT);
        OptionalLong after = request.param("after").map(PageRequest::decode).orElse(OptionalLong.empty());
        return new PageRequest(limit, after);
    }

    /** The cursor placed in next_uri: base64url of the last key served. */
    public static String encode(long key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(key).getBytes(StandardCharsets.US_ASCII));
    }

    private static OptionalLong decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            return OptionalLong.of(Long.parseLong(text));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("after", "after is not a cursor from a next_uri");
        }
    }

    private static int parseLimit(String text) {
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalid("limit", "limit must be an integer between 1 and " + MAX_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
