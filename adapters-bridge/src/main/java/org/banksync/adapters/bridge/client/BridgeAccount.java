package org.banksync.adapters.bridge.client;

import jakarta.json.JsonObject;

/**
 * An account row exactly as written on the wire (numbers keep their digits): the mapper decides
 * whether each value is usable and reports the row otherwise, so one bad row never hides the others.
 */
public record BridgeAccount(String id, String name, String type, String currencyCode, String iban, String balance,
                            String problem) {

    /** Never throws: a field that is not even a value is reported in {@code problem}. */
    public static BridgeAccount from(JsonObject object) {
        try {
            return new BridgeAccount(WireJson.raw(object, "id"), WireJson.raw(object, "name"),
                    WireJson.raw(object, "type"), WireJson.raw(object, "currency_code"), WireJson.raw(object, "iban"),
                    WireJson.raw(object, "balance"), null);
        } catch (IllegalArgumentException e) {
            String id = WireJson.present(object, "id") ? object.get("id").toString() : null;
            return new BridgeAccount(id, null, null, null, null, null, e.getMessage());
        }
    }
}
