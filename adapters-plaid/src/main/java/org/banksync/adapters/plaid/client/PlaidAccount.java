package org.banksync.adapters.plaid.client;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * An account row exactly as written on the wire (the balance keeps its digits): the mapper decides
 * whether each value is usable and reports the row otherwise, so one bad row never hides the others.
 */
public record PlaidAccount(String accountId, String name, String officialName, String mask, String type,
                           String subtype, String currentBalance, String isoCurrencyCode,
                           String unofficialCurrencyCode, String problem) {

    /** Every account of an {@code /accounts/get} answer, in Plaid's order. */
    public static List<PlaidAccount> parseAll(String body) {
        String what = "the accounts";
        JsonObject object = WireJson.object(body, what);
        WireJson.requiredArray(object, "accounts", what);
        List<PlaidAccount> accounts = new ArrayList<>();
        for (JsonObject row : WireJson.objects(object, "accounts")) {
            accounts.add(from(row));
        }
        return accounts;
    }

    /** Never throws: a field that is not even a value is reported in {@code problem}. */
    static PlaidAccount from(JsonObject row) {
        try {
            JsonObject balances = WireJson.child(row, "balances");
            return new PlaidAccount(WireJson.raw(row, "account_id"), WireJson.raw(row, "name"),
                    WireJson.raw(row, "official_name"), WireJson.raw(row, "mask"), WireJson.raw(row, "type"),
                    WireJson.raw(row, "subtype"), WireJson.raw(balances, "current"),
                    WireJson.raw(balances, "iso_currency_code"), WireJson.raw(balances, "unofficial_currency_code"), null);
        } catch (IllegalArgumentException e) {
            String id = WireJson.present(row, "account_id") ? row.get("account_id").toString() : null;
            return new PlaidAccount(id, null, null, null, null, null, null, null, null, e.getMessage());
        }
    }

    /** {@code mask|name|subtype}: what still identifies an account when Plaid gives it a new id. */
    public String signature() {
        return (mask == null ? "" : mask) + "|" + (name == null ? "" : name) + "|" + (subtype == null ? "" : subtype);
    }
}
