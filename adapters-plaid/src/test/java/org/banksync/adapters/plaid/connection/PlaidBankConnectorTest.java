package org.banksync.adapters.plaid.connection;

import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector.AccountsRead;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.application.connection.port.out.ItemSnapshot;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.application.connection.port.out.ProviderCategorySnapshot;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.sandbox.plaid.control.AccountRecord;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.data.Institutions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.adapters.plaid.testing.PlaidHarness.ACME;

@DisplayName("The Plaid connector, against the sandbox")
class PlaidBankConnectorTest {

    @RegisterExtension
    static final PlaidHarness plaid = new PlaidHarness();

    private PlaidBankConnector connector() {
        return plaid.stack().connector();
    }

    @Test
    @DisplayName("an Item's accounts arrive with their IBANs, currencies, exact balances and the bank's names; the USD account has no IBAN")
    void readsAccountsWithIbans() {
        ItemRecord item = plaid.connectedItem(Institutions.FIRST_PLATYPUS);

        AccountsRead read = connector().readAccounts(ACME, item.itemId());

        assertThat(read.rejected()).isEmpty();
        Map<String, ProviderAccountSnapshot> byId = read.accounts().stream()
                .collect(Collectors.toMap(ProviderAccountSnapshot::externalId, Function.identity()));
        assertThat(byId).hasSameSizeAs(item.accounts());
        for (AccountRecord expected : item.accounts()) {
            ProviderAccountSnapshot account = byId.get(expected.accountId());
            assertThat(account.name()).isEqualTo(expected.officialName() + " \u2022\u2022" + expected.mask());
            assertThat(account.type()).isEqualTo(expected.subtype());
            assertThat(account.currency().code()).isEqualTo(expected.isoCurrencyCode());
            assertThat(account.balance()).isEqualByComparingTo(expected.currentBalance());
            assertThat(account.iban() == null ? null : account.iban().value()).isEqualTo(expected.iban());
            assertThat(plaid.store.get("account/" + expected.accountId() + "/item")).contains(item.itemId());
        }
        assertThat(byId.get(item.account("EUR").accountId()).iban()).isNotNull();
        assertThat(byId.get(item.account("USD").accountId()).iban()).isNull();
    }

    @Test
    @DisplayName("a healthy Item is OK with its consent expiry and last refresh; a week before expiry it warns; after, consent expired")
    void readsItemHealth() {
        ItemRecord item = plaid.connectedItem(Institutions.FRENCH_BANK);

        ItemSnapshot healthy = connector().readItem(ACME, item.itemId());
        assertThat(healthy.state()).isEqualTo(ConnectionState.OK);
        assertThat(healthy.stateDetail()).isNull();
        assertThat(healthy.consentExpiresAt()).isEqualTo(item.consentExpirationTime());
        assertThat(healthy.lastRefreshAt()).isNotNull();

        plaid.timePasses(Duration.between(plaid.clock.instant(), item.consentExpirationTime().minus(Duration.ofDays(3))));
        ItemSnapshot soon = connector().readItem(ACME, item.itemId());
        assertThat(soon.state()).isEqualTo(ConnectionState.OK);
        assertThat(soon.stateDetail()).startsWith("The bank's consent expires on ").contains("reconnect");

        plaid.control().expireConsent(item.itemId());
        ItemSnapshot expired = connector().readItem(ACME, item.itemId());
        assertThat(expired.state()).isEqualTo(ConnectionState.CONSENT_EXPIRED);
        assertThat(expired.stateDetail()).contains("ITEM_LOGIN_REQUIRED", "OAUTH_CONSENT_EXPIRED");
    }

    @Test
    @DisplayName("a login to repair is an action for the user; an Item Banksync holds no token for is disconnected")
    void readsItemErrors() {
        ItemRecord item = plaid.connectedItem(Institutions.FIRST_PLATYPUS);
        plaid.control().resetLogin(item.itemId());

        assertThat(connector().readItem(ACME, item.itemId()).state()).isEqualTo(ConnectionState.ACTION_NEEDED);
        assertThat(connector().readItem(ACME, "unknown-item").state()).isEqualTo(ConnectionState.DISCONNECTED);
    }

    @Test
    @DisplayName("the category tree is the vendored PFCv2: 18 primaries, each detailed category under its primary, in French and English")
    void readsTheTaxonomy() {
        List<ProviderCategorySnapshot> tree = connector().readCategories();

        assertThat(tree).filteredOn(node -> node.parentExternalId() == null).hasSize(18);
        assertThat(tree).contains(new ProviderCategorySnapshot("FOOD_AND_DRINK", null, "Alimentation et boissons", "Food and drink"),
                new ProviderCategorySnapshot("FOOD_AND_DRINK_GROCERIES", "FOOD_AND_DRINK", "Courses alimentaires", "Groceries"),
                new ProviderCategorySnapshot("INCOME_SALARY", "INCOME", "Salaires", "Salary"),
                new ProviderCategorySnapshot("OTHER_OTHER", "OTHER", "Autres", "Other"));
        assertThat(tree).filteredOn(node -> node.parentExternalId() != null)
                .allMatch(node -> node.externalId().startsWith(node.parentExternalId() + "_"));
        assertThat(tree.stream().map(ProviderCategorySnapshot::externalId)).doesNotHaveDuplicates();
        assertThat(plaid.stack().exchange().attempts()).isEmpty();
    }

    @Test
    @DisplayName("without credentials nothing is sent and every call fails as misconfigured; wrong keys are misconfigured too")
    void misconfigured() {
        PlaidBankConnector unconfigured = plaid.stack(PlaidHarness.settings(plaid.baseUrl(), null, null)).connector();
        assertThatThrownBy(() -> unconfigured.startConnectSession(ACME, new ConnectSessionRequest("c0ffee", Optional.empty(), false)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.MISCONFIGURED);
                    assertThat(failure.getMessage()).contains("PLAID_CLIENT_ID", "PLAID_SECRET");
                });

        PlaidBankConnector wrongKeys = plaid.stack(PlaidHarness.settings(plaid.baseUrl(), PlaidHarness.CLIENT_ID, "wrong"))
                .connector();
        assertThatThrownBy(() -> wrongKeys.startConnectSession(ACME, new ConnectSessionRequest("c0ffee", Optional.empty(), false)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.MISCONFIGURED);
                    assertThat(failure.getMessage()).contains("INVALID_API_KEYS");
                });
    }
}
