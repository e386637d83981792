package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.util.HashMap;
import java.util.Map;

/** The IBANs {@code /auth/get} gives ({@code numbers.international[]}), by account id. */
public record AuthNumbers(Map<String, String> ibanByAccount) {

    public static final AuthNumbers NONE = new AuthNumbers(Map.of());

    public AuthNumbers {
        ibanByAccount = Map.copyOf(ibanByAccount);
    }

    public static AuthNumbers parse(String body) {
        String what = "the account numbers";
        JsonObject object = WireJson.object(body, what);
        Map<String, String> ibans = new HashMap<>();
        try {
            for (JsonObject number : WireJson.objects(WireJson.child(object, "numbers"), "international")) {
                String account = WireJson.raw(number, "account_id");
                String iban = WireJson.raw(number, "iban");
                if (account != null && iban != null && !iban.isBlank()) {
                    ibans.put(account, iban);
                }
            }
        } catch (IllegalArgumentException e) {
            throw WireJson.unreadable(what, e.getMessage());
        }
        return new AuthNumbers(ibans);
    }

    public String iban(String accountId) {
        return ibanByAccount.get(accountId);
    }
}
