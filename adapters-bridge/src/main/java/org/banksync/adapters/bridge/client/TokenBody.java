package org.banksync.adapters.bridge.client;

import jakarta.json.bind.annotation.JsonbProperty;

/** Body of {@code POST /v3/aggregation/authorization/token}: one of the two ids (JSON-B leaves the null one out). */
public record TokenBody(@JsonbProperty("user_uuid") String userUuid,
                        @JsonbProperty("external_user_id") String externalUserId) {

    static TokenBody forUser(String userUuid) {
        return new TokenBody(userUuid, null);
    }

    static TokenBody forExternalId(String externalUserId) {
        return new TokenBody(null, externalUserId);
    }
}
