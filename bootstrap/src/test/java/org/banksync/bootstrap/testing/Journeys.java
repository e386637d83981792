package org.banksync.bootstrap.testing;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user does over the API before synchronising: a bank connected through Demo Bank, its checking account linked. */
public final class Journeys {

    private final URI base;
    private final Http admin;

    public Journeys(URI base, Http admin) {
        this.base = base;
        this.admin = admin;
    }

    /** A new bank connected to Demo Bank through the hosted page; answers the bank and its connection. */
    public Connected connectDemoBank() {
        String bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Demo Bank " + UUID.randomUUID() + "\"}")).getString("id");
        HttpResponse<String> started = admin.postJson("api/v1/banks/" + bankId + "/connections", "{}");
        assertThat(started.statusCode()).isEqualTo(201);
        URI callback = new HostedPage().loginToDemoBank(URI.create(Http.json(started).getString("connectUrl")), "success");
        assertThat(callback.toString()).startsWith(base.resolve("api/bridge/callback").toString());
        HttpResponse<String> landed = Http.anonymous(base).get(base.relativize(callback).toString());
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location").orElseThrow()).contains("bank.xhtml?id=" + bankId).contains("connection=connected");
        JsonObject connection = Http.json(admin.get("api/v1/banks/" + bankId)).getJsonArray("connections").getJsonObject(0);
        return new Connected(bankId, connection);
    }

    /** The connection's accounts at the aggregator. */
    public List<JsonObject> providerAccounts(Connected connected) {
        return Http.json(admin.get("api/v1/connections/" + connected.connection().getString("id") + "/provider-accounts"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** A bank account opened for the provider account (same IBAN) and linked to it; answers its id. */
    public String openAndLink(Connected connected, JsonObject providerAccount) {
        HttpResponse<String> opened = admin.postJson("api/v1/bank-accounts", "{\"bankId\":\"" + connected.bankId() + "\",\"name\":\""
                + providerAccount.getString("name") + "\",\"iban\":\"" + providerAccount.getString("iban") + "\",\"currency\":\""
                + providerAccount.getString("currency") + "\",\"glAccount\":\"512100\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        String accountId = Http.json(opened).getString("id");
        HttpResponse<String> linked = admin.putJson("api/v1/bank-accounts/" + accountId + "/provider-account",
                "{\"providerAccountId\":\"" + providerAccount.getString("id") + "\"}", null);
        assertThat(linked.statusCode()).isEqualTo(200);
        return accountId;
    }

    /** Requests a sync from {@code since} and waits for the run to end; answers the run. */
    public JsonObject synchronise(String accountId, LocalDate since, Duration timeout) {
        HttpResponse<String> accepted = admin.postJson("api/v1/bank-accounts/" + accountId + "/sync", "{\"since\":\"" + since + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String run = base.relativize(URI.create(accepted.headers().firstValue("Location").orElseThrow())).toString();
        return Poll.until(() -> Http.json(admin.get(run)), answer -> "SUCCEEDED".equals(answer.getString("state"))
                || "FAILED".equals(answer.getString("state")), timeout, "the run " + run + " to end");
    }

    /** A bank and its connection, as the API shows it. */
    public record Connected(String bankId, JsonObject connection) {
    }
}
