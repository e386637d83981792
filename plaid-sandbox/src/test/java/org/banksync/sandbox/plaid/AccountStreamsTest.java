package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("options.account_id is a separate stream: only that account's changes, with its own cursors")
class AccountStreamsTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("each account's stream holds exactly its ground truth, and the accounts array only that account")
    void streamsMatchTheirAccounts() {
        Set<String> seen = new HashSet<>();
        item.accounts().forEach(account -> {
            SandboxFixture.Loop loop = fixture.loop(item.accessToken(), null, 9, account.accountId());
            Map<String, TransactionRecord> copy = SandboxFixture.copyOf(loop);
            Map<String, TransactionRecord> truth = new java.util.LinkedHashMap<>();
            fixture.control.groundTruth(account.accountId()).forEach(row -> truth.put(row.transactionId(), row));
            assertThat(copy).isEqualTo(truth);
            assertThat(loop.pages().get(0).get("accounts")).hasSize(1);
            assertThat(loop.pages().get(0).get("accounts").get(0).get("account_id").asText())
                    .isEqualTo(account.accountId());
            seen.addAll(copy.keySet());
        });
        assertThat(seen).hasSize(60 * 3);
    }

    @Test
    @DisplayName("a change on one account shows in its stream and in the Item stream, not in another account's stream")
    void changesStayInTheirStream() {
        String eur = item.account("EUR").accountId();
        String gbp = item.account("GBP").accountId();
        String eurCursor = fixture.loop(item.accessToken(), null, 500, eur).nextCursor();
        String gbpCursor = fixture.loop(item.accessToken(), null, 500, gbp).nextCursor();
        String allCursor = fixture.loop(item.accessToken(), null, 500, null).nextCursor();

        TransactionRecord added = fixture.control.addTransaction(gbp, NewTransaction.of("4.20", null, "Pret A Manger"));

        assertThat(fixture.loop(item.accessToken(), eurCursor, 500, eur).all("added")).isEmpty();
        assertThat(fixture.loop(item.accessToken(), gbpCursor, 500, gbp).ids("added")).containsExactly(added.transactionId());
        assertThat(fixture.loop(item.accessToken(), allCursor, 500, null).ids("added"))
                .containsExactly(added.transactionId());
    }

    @Test
    @DisplayName("a cursor of one stream is refused by another (INVALID_FIELD); an unknown account_id is INVALID_ACCOUNT_ID")
    void cursorsBelongToTheirStream() {
        String eur = item.account("EUR").accountId();
        String eurCursor = fixture.loop(item.accessToken(), null, 500, eur).nextCursor();
        assertThat(fixture.sync(item.accessToken(), eurCursor, 10, null).errorCode()).isEqualTo("INVALID_FIELD");
        assertThat(fixture.sync(item.accessToken(), eurCursor, 10, item.account("USD").accountId()).errorCode())
                .isEqualTo("INVALID_FIELD");
        assertThat(fixture.sync(item.accessToken(), null, 10, "no-such-account").errorCode())
                .isEqualTo("INVALID_ACCOUNT_ID");
    }
}
