package org.banksync.bootstrap.testing;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user does over the API before synchronising through Plaid: a bank connected through Hosted Link, an account linked. */
public final class PlaidJourneys {

    /** The Plaid sandbox's French bank: EUR accounts with IBANs and a consent clock. */
    public static final String FRENCH_BANK = "ins_900101";

    private final URI base;
    private final Http admin;

    public PlaidJourneys(URI base, Http admin) {
        this.base = base;
        this.admin = admin;
    }

    /** A new bank connected through Plaid's Hosted Link with user_good; answers the bank, its connection and the Plaid Item. */
    public Connected connect() {
        String bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Plaid bank " + UUID.randomUUID() + "\"}")).getString("id");
        HttpResponse<String> started = admin.postJson("api/v1/banks/" + bankId + "/connections", "{\"provider\":\"plaid\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        URI callback = new HostedPage().loginAtPlaid(URI.create(Http.json(started).getString("connectUrl")), FRENCH_BANK,
                "user_good", "pass_good");
        assertThat(callback.toString()).startsWith(base.resolve("api/plaid/callback").toString());
        HttpResponse<String> landed = Http.anonymous(base).get(base.relativize(callback).toString());
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location").orElseThrow()).contains("bank.xhtml?id=" + bankId).contains("connection=connected");
        JsonObject connection = Http.json(admin.get("api/v1/banks/" + bankId)).getJsonArray("connections").getJsonObject(0);
        return new Connected(bankId, connection, connection.getString("externalItemId"));
    }

    public List<JsonObject> providerAccounts(Connected connected) {
        return Http.json(admin.get("api/v1/connections/" + connected.connection().getString("id") + "/provider-accounts"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The connection's first EUR account at Plaid. */
    public JsonObject eurAccount(Connected connected) {
        List<JsonObject> accounts = providerAccounts(connected);
        return accounts.stream().filter(a -> "EUR".equals(a.getString("currency")) && !a.isNull("iban")).findFirst()
                .orElseThrow(() -> new AssertionError("no EUR account with an IBAN: " + accounts));
    }

    /** A bank account opened for the provider account and linked to it; answers its id. */
    public String openAndLink(Connected connected, JsonObject providerAccount) {
        HttpResponse<String> opened = admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + connected.bankId() + "\",\"name\":\""
                + providerAccount.getString("name") + "\",\"currency\":\"" + providerAccount.getString("currency") + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String accountId = Http.json(opened).getString("id");
        HttpResponse<String> linked = admin.putJson("api/v1/bank-accounts/" + accountId + "/provider-account",
                "{\"providerAccountId\":\"" + providerAccount.getString("id") + "\"}", null);
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        return accountId;
    }

    /** A bank connected through Plaid, as the API shows it, with the Plaid Item behind it. */
    public record Connected(String bankId, JsonObject connection, String itemId) {
    }
}
