package org.banksync.adapters.bridge.connection;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.banksync.adapters.bridge.client.BridgeAccount;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Bridge account rows")
class AccountRowsTest {

    @Test
    @DisplayName("a good row keeps its IBAN, currency and exact balance")
    void goodRow() {
        ProviderAccountSnapshot account = AccountRows.map(row("{\"id\":48178048,\"name\":\"Compte Courant 1\","
                + "\"balance\":1489.540,\"type\":\"checking\",\"currency_code\":\"EUR\","
                + "\"iban\":\"FR76 3000 6000 0112 3456 7890 189\"}"));

        assertThat(account.externalId()).isEqualTo("48178048");
        assertThat(account.iban().value()).isEqualTo("FR7630006000011234567890189");
        assertThat(account.currency().code()).isEqualTo("EUR");
        assertThat(account.balance()).isEqualTo(new BigDecimal("1489.540"));
    }

    @Test
    @DisplayName("a card without IBAN nor name is kept, named after its id")
    void cardWithoutIban() {
        ProviderAccountSnapshot card = AccountRows.map(row("{\"id\":5,\"type\":\"card\",\"currency_code\":\"EUR\","
                + "\"iban\":null,\"balance\":-12.3}"));

        assertThat(card.iban()).isNull();
        assertThat(card.name()).isEqualTo("Account 5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a bad IBAN                  | {\"id\":1,\"name\":\"Main\",\"currency_code\":\"EUR\",\"balance\":1,\"iban\":\"FR7630006000011234567890188\"} | fails its check digits",
        "a balance that is no number | {\"id\":2,\"name\":\"Main\",\"currency_code\":\"EUR\",\"balance\":\"lots\"}                                  | the balance 'lots' is not a number",
        "no id                       | {\"name\":\"Main\",\"currency_code\":\"EUR\",\"balance\":1}                                                 | gave no id",
        "an unofficial currency      | {\"id\":3,\"name\":\"Wallet\",\"currency_code\":\"BTC\",\"balance\":1}                                      | not an official ISO 4217 currency",
        "no currency                 | {\"id\":4,\"name\":\"Main\",\"balance\":1}                                                                 | currency is required",
        "an object for a name        | {\"id\":6,\"name\":{\"fr\":\"x\"},\"currency_code\":\"EUR\",\"balance\":1}                                   | name is object"})
    @DisplayName("a row with unusable data is refused with a reason naming the account")
    void refusedRows(String what, String json, String reason) {
        assertThatThrownBy(() -> AccountRows.map(row(json)))
                .isInstanceOf(AccountRows.RejectedRow.class)
                .hasMessageStartingWith("Bridge account ")
                .hasMessageContaining(reason);
    }

    private static BridgeAccount row(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        return BridgeAccount.from(object);
    }
}
