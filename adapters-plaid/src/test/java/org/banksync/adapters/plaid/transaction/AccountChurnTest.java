package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.client.AccessToken;
import org.banksync.adapters.plaid.testing.PlaidHarness;
import org.banksync.adapters.plaid.testing.StubPlaid;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.BankConnector.AccountsRead;
import org.banksync.application.sync.port.out.TransactionFeed.FeedPage;
import org.banksync.application.sync.port.out.TransactionFeed.FeedRequest;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.connection.ConnectionId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.adapters.plaid.testing.PlaidHarness.ACME;

@DisplayName("An account Plaid gives a new id, and an Item without Auth")
class AccountChurnTest {

    private static final String IBAN = "FR7630006000011234567890189";
    private static final String SYNC_PAGE = "{\"added\":[{\"transaction_id\":\"t-1\",\"account_id\":\"acc-new\",\"amount\":9.9,"
            + "\"iso_currency_code\":\"EUR\",\"date\":\"2026-03-10\",\"pending\":false,\"name\":\"Coffee\"}],"
            + "\"modified\":[],\"removed\":[],\"next_cursor\":\"c-1\",\"has_more\":false,\"request_id\":\"r\"}";

    @RegisterExtension
    static final PlaidHarness plaid = new PlaidHarness(1);

    private final StubPlaid stub = new StubPlaid();
    private PlaidHarness.Stack stack;

    @BeforeEach
    void stubbed() {
        stack = plaid.stack(PlaidHarness.settings(stub.baseUrl(), "id", "secret"));
        stack.state().putAccessToken(new AccessToken("item-1", "access-sandbox-1"));
    }

    @AfterEach
    void stop() {
        stack.endpoints().close();
        stub.close();
    }

    @Test
    @DisplayName("accounts are read without IBANs when the Item has no Auth product")
    void noAuth() {
        stub.on("/accounts/get", body -> StubPlaid.ok(accounts("acc-old")))
                .on("/auth/get", body -> StubPlaid.refused("INVALID_INPUT", "NO_AUTH_ACCOUNTS"));

        AccountsRead read = stack.connector().readAccounts(ACME, "item-1");

        assertThat(read.accounts()).singleElement().satisfies(account -> {
            assertThat(account.iban()).isNull();
            assertThat(account.name()).isEqualTo("Compte courant \u2022\u20220189");
        });
    }

    @Test
    @DisplayName("an unknown account id is matched again by its IBAN, remembered as an alias, and read from the beginning")
    void renumberedAccount() {
        stub.on("/accounts/get", body -> StubPlaid.ok(accounts("acc-old")))
                .on("/auth/get", body -> StubPlaid.ok(numbers("acc-old")));
        stack.connector().readAccounts(ACME, "item-1");
        stub.on("/accounts/get", body -> StubPlaid.ok(accounts("acc-new")))
                .on("/auth/get", body -> StubPlaid.ok(numbers("acc-new")))
                .on("/transactions/sync", body -> body.contains("acc-old")
                        ? StubPlaid.refused("INVALID_INPUT", "INVALID_ACCOUNT_ID") : StubPlaid.ok(SYNC_PAGE));

        FeedPage page = stack.feed().readPage(ACME, new ProviderAccountRef(ConnectionId.newId(), "acc-old"),
                new FeedRequest(LocalDate.of(2020, 1, 1), null, null, 500));

        assertThat(page.rows()).extracting(row -> row.externalId().value()).containsExactly("t-1");
        assertThat(page.nextResumePoint()).isEqualTo("plaid-cursor:c-1");
        assertThat(plaid.store.get("account-alias/acc-old")).contains("acc-new");
        assertThat(plaid.store.get("account-linked/acc-new")).contains("acc-old");
    }

    @Test
    @DisplayName("an unknown account id that matches nothing asks the user to link the bank account again")
    void vanishedAccount() {
        stub.on("/accounts/get", body -> StubPlaid.ok(accounts("acc-old")))
                .on("/auth/get", body -> StubPlaid.ok(numbers("acc-old")));
        stack.connector().readAccounts(ACME, "item-1");
        stub.on("/accounts/get", body -> StubPlaid.ok("{\"accounts\":[],\"request_id\":\"r\"}"))
                .on("/transactions/sync", body -> StubPlaid.refused("INVALID_INPUT", "INVALID_ACCOUNT_ID"));

        assertThatThrownBy(() -> stack.feed().readPage(ACME, new ProviderAccountRef(ConnectionId.newId(), "acc-old"),
                new FeedRequest(null, null, null, 500)))
                .isInstanceOfSatisfying(AggregatorFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.NOT_FOUND);
                    assertThat(failure.getMessage()).contains("link the bank account again");
                });
    }

    private static String accounts(String id) {
        return "{\"accounts\":[{\"account_id\":\"" + id + "\",\"balances\":{\"current\":1200.5,\"iso_currency_code\":\"EUR\","
                + "\"unofficial_currency_code\":null},\"mask\":\"0189\",\"name\":\"Compte courant\",\"official_name\":null,"
                + "\"subtype\":\"checking\",\"type\":\"depository\"}],\"request_id\":\"r\"}";
    }

    private static String numbers(String id) {
        return "{\"accounts\":[],\"numbers\":{\"international\":[{\"account_id\":\"" + id + "\",\"iban\":\"" + IBAN
                + "\",\"bic\":\"BNPAFRPP\"}]},\"request_id\":\"r\"}";
    }
}
