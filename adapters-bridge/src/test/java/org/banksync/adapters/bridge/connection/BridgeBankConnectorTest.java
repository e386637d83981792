package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.testing.BridgeHarness;
import org.banksync.adapters.bridge.testing.ConnectPageDriver;
import org.banksync.application.connection.port.out.AggregatorUserRepository.AggregatorUser;
import org.banksync.application.connection.port.out.BankConnector.AccountsRead;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.adapters.bridge.testing.BridgeHarness.ACME;

@DisplayName("The Bridge connector, against the sandbox")
class BridgeBankConnectorTest {

    @RegisterExtension
    static final BridgeHarness bridge = new BridgeHarness();

    private BridgeBankConnector connector;

    @BeforeEach
    void useTheConnector() {
        connector = bridge.stack().connector();
    }

    @Test
    @DisplayName("a first connection creates the company's Bridge user and a session whose page calls Banksync back with the context")
    void connectsThroughTheHostedPage() throws Exception {
        URI url = connector.startConnectSession(ACME, new ConnectSessionRequest("c0ffee42", Optional.empty(), false));

        AggregatorUser user = bridge.users.get(ACME);
        assertThat(user.externalUserId()).isEqualTo("banksync-acme");
        assertThat(user.userRef()).isNotBlank();
        assertThat(user.accessToken()).isNotBlank();
        assertThat(user.tokenExpiresAt()).isEqualTo(BridgeHarness.START.plus(Duration.ofHours(2)));
        assertThat(url.toString()).startsWith(bridge.baseUrl() + "/connect/");

        URI callback = new ConnectPageDriver().completeWith(url, "success");
        assertThat(callback.toString()).startsWith("http://localhost:8080/api/bridge/callback?");
        assertThat(callback.getQuery()).contains("success=true", "context=c0ffee42", "source=connect",
                "user_uuid=" + user.userRef());
        String itemId = query(callback).get("item_id");

        ItemSnapshot item = connector.readItem(ACME, itemId);
        assertThat(item.itemId()).isEqualTo(itemId);
        assertThat(item.state()).isEqualTo(ConnectionState.OK);
        assertThat(item.consentExpiresAt()).isEqualTo(BridgeHarness.START.plus(Duration.ofDays(180)));
        assertThat(item.lastRefreshAt()).isNotNull();
    }

    @Test
    @DisplayName("an item's accounts arrive with IBANs checked, currencies and exact balances; cards and loans have no IBAN")
    void readsAccounts() {
        ItemRecord item = bridge.connectedItem(ACME, "success");

        AccountsRead read = connector.readAccounts(ACME, Long.toString(item.id()));

        assertThat(read.rejected()).isEmpty();
        Map<String, ProviderAccountSnapshot> byId = read.accounts().stream()
                .collect(Collectors.toMap(ProviderAccountSnapshot::externalId, Function.identity()));
        assertThat(byId).hasSameSizeAs(item.accounts());
        for (AccountRecord expected : item.accounts()) {
            ProviderAccountSnapshot account = byId.get(Long.toString(expected.id()));
            assertThat(account.name()).isEqualTo(expected.name());
            assertThat(account.type()).isEqualTo(expected.type());
            assertThat(account.currency().code()).isEqualTo(expected.currencyCode());
            assertThat(account.balance()).isEqualByComparingTo(expected.balance());
            assertThat(account.iban() == null ? null : account.iban().value()).isEqualTo(expected.iban());
        }
        assertThat(byId.get(Long.toString(item.account("checking").id())).iban()).isNotNull();
        assertThat(byId.get(Long.toString(item.account("card").id())).iban()).isNull();
    }

    @Test
    @DisplayName("the category tree is read in French and in English and merged, children under their parents")
    void readsCategoriesInBothLanguages() {
        List<ProviderCategorySnapshot> tree = connector.readCategories();

        assertThat(tree).hasSize(13 + 69);
        assertThat(tree).filteredOn(node -> node.parentExternalId() == null).hasSize(13);
        assertThat(tree).contains(
                new ProviderCategorySnapshot("1", null, "Auto & Transports", "Auto & Transport"),
                new ProviderCategorySnapshot("247", "1", "Transports en commun", "Public transport"),
                new ProviderCategorySnapshot("294", "168", "Autres", "Others"));
        assertThat(tree.stream().map(ProviderCategorySnapshot::externalId)).doesNotHaveDuplicates();
        assertThat(bridge.stack().exchange().attempts()).allMatch(attempt -> attempt.contains("categories"));
    }

    @Test
    @DisplayName("a reconnection renews the same item's consent through a session forcing re-authentication")
    void reconnectsAnExpiredItem() throws Exception {
        ItemRecord item = bridge.connectedItem(ACME, "success");
        String itemId = Long.toString(item.id());
        bridge.control().expireConsent(item.id());
        assertThat(connector.readItem(ACME, itemId).state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);

        URI url = connector.startConnectSession(ACME, new ConnectSessionRequest("renew1", Optional.of(itemId), true));
        URI callback = new ConnectPageDriver().completeWith(url, "success");

        assertThat(query(callback)).containsEntry("item_id", itemId).containsEntry("success", "true");
        ItemSnapshot renewed = connector.readItem(ACME, itemId);
        assertThat(renewed.state()).isEqualTo(ConnectionState.OK);
        assertThat(renewed.consentExpiresAt()).isAfter(bridge.clock.instant());
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
    }
}
