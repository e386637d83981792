package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.config.BridgeSettings;
import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.adapters.bridge.testing.StubBridge;
import org.banksync.application.connection.port.out.BankConnector.AccountsRead;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("Accounts with unusable data")
class AccountRejectionTest {

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();

    @Test
    @DisplayName("are reported in rejected with the reason, and the good accounts of the page still arrive")
    void rejectedRowsAreReported() {
        try (StubBridge stub = new StubBridge().answer("GET /v3/aggregation/accounts", """
                {"resources":[
                  {"id":1,"name":"Compte courant","balance":10.5,"currency_code":"EUR","iban":"FR7630006000011234567890189","type":"checking"},
                  {"id":2,"name":"Compte pro","balance":1,"currency_code":"EUR","iban":"FR7630006000011234567890188","type":"checking"},
                  {"id":3,"name":"Crypto","balance":1,"currency_code":"BTC","iban":null,"type":"checking"},
                  {"id":4,"name":"Livret","balance":"beaucoup","currency_code":"EUR","iban":null,"type":"savings"},
                  {"name":"Sans id","balance":1,"currency_code":"EUR","iban":null,"type":"card"}
                ],"pagination":{"next_uri":null}}""")) {
            var connector = bridge.stack(settings -> new BridgeSettings(stub.baseUrl(), settings.clientId(),
                    settings.clientSecret(), null, null, settings.publicUrl(), settings.userEmail(),
                    settings.connectTimeout(), settings.readTimeout())).connector();

            AccountsRead read = connector.readAccounts(ACME, "77");

            assertThat(read.accounts()).singleElement().satisfies(account -> assertThat(account.externalId()).isEqualTo("1"));
            assertThat(read.rejected()).hasSize(4);
            assertThat(read.rejected().get(0)).contains("Bridge account 2 'Compte pro'", "check digits");
            assertThat(read.rejected().get(1)).contains("Bridge account 3 'Crypto'", "BTC");
            assertThat(read.rejected().get(2)).contains("Bridge account 4 'Livret'", "'beaucoup' is not a number");
            assertThat(read.rejected().get(3)).contains("'Sans id'", "no id");
        }
    }
}
