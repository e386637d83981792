package org.banksync.adapters.web.api.shared;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.web.api.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Entity tags computed from a resource's JSON representation, so that any change a client could
 * see changes the tag; {@code If-Match} with an older tag is refused with 412 before anything changes.
 */
public final class ETags {

    private static final Jsonb JSON = JsonConfig.JSONB;

    private ETags() {
    }

    public static EntityTag of(Object representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.toJson(representation).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Lets the request go on when it has no If-Match, or one that matches the current
     * representation; else stops it with the 412 problem answer.
     */
    public static void requireMatch(HttpHeaders headers, Object currentRepresentation) {
        Response preconditionFailed = checkIfMatch(headers, currentRepresentation);
        if (preconditionFailed != null) {
            throw new WebApplicationException(preconditionFailed);
        }
    }

    /** Null when the request may go on; else the 412 answer. */
    static Response checkIfMatch(HttpHeaders headers, Object currentRepresentation) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String current = of(currentRepresentation).getValue();
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(current::equals);
        return matches ? null : Problems.of(Response.Status.PRECONDITION_FAILED,
                "The resource changed since you read it (If-Match does not match its ETag); read it again and retry.");
    }
}
