package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.NewTransaction;
import org.banksync.sandbox.plaid.control.TransactionChange;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/transactions/sync pages through an Item's change log and adds up to the ground truth")
class TransactionsSyncTest {

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
    @DisplayName("the whole history in pages of 7 equals the ground truth of every account, and the last page says has_more=false")
    void fullHistoryInPagesOfSeven() {
        SandboxFixture.Loop loop = fixture.loop(item.accessToken(), null, 7, null);

        assertThat(loop.pages().size()).isGreaterThan(20);
        loop.pages().subList(0, loop.pages().size() - 1).forEach(page -> {
            assertThat(page.get("has_more").asBoolean()).isTrue();
            assertThat(page.get("added").size() + page.get("modified").size() + page.get("removed").size()).isEqualTo(7);
        });
        JsonNode last = loop.pages().get(loop.pages().size() - 1);
        assertThat(last.get("has_more").asBoolean()).isFalse();
        assertThat(last.get("transactions_update_status").asText()).isEqualTo("HISTORICAL_UPDATE_COMPLETE");
        assertThat(last.get("accounts")).hasSize(3);
        assertThat(loop.all("removed")).as("netted: pending rows replaced before the first sync never show").isEmpty();
        Map<String, TransactionRecord> truth = fixture.truth(item);
        assertThat(truth).hasSize(60 * 3);
        assertThat(SandboxFixture.copyOf(loop)).isEqualTo(truth);

        JsonNode nothingNew = fixture.sync(item.accessToken(), loop.nextCursor(), 7, null).ok();
        assertThat(nothingNew.get("added")).isEmpty();
        assertThat(nothingNew.get("has_more").asBoolean()).isFalse();
        assertThat(nothingNew.get("next_cursor").asText()).isEqualTo(loop.nextCursor());
    }

    @Test
    @DisplayName("after an add, a modify and a remove, the next update carries exactly those three changes")
    void incremental() {
        SandboxFixture.Loop first = fixture.loop(item.accessToken(), "", 500, null);
        Map<String, TransactionRecord> copy = SandboxFixture.copyOf(first);
        String eur = item.account("EUR").accountId();
        TransactionRecord existing = fixture.control.groundTruth(eur).get(5);
        TransactionRecord gone = fixture.control.groundTruth(eur).get(6);

        TransactionRecord added = fixture.control.addTransaction(eur,
                NewTransaction.of("42.10", LocalDate.parse("2026-03-16"), "Boulangerie du Marché")
                        .withMerchant("Boulangerie du Marché").withCategory("FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK"));
        fixture.control.modifyTransaction(existing.transactionId(), TransactionChange.amount("99.99"));
        fixture.control.removeTransaction(gone.transactionId());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.pages()).hasSize(1);
        assertThat(update.ids("added")).containsExactly(added.transactionId());
        assertThat(update.ids("modified")).containsExactly(existing.transactionId());
        assertThat(update.ids("removed")).containsExactly(gone.transactionId());
        assertThat(update.all("removed").get(0).get("account_id").asText()).isEqualTo(eur);
        JsonNode modified = update.all("modified").get(0);
        assertThat(modified.get("amount").decimalValue()).isEqualByComparingTo("99.99");
        JsonNode row = update.all("added").get(0);
        assertThat(row.get("amount").isNumber()).isTrue();
        assertThat(row.get("amount").decimalValue()).isEqualByComparingTo("42.10");
        assertThat(row.get("iso_currency_code").asText()).isEqualTo("EUR");
        assertThat(row.get("personal_finance_category").get("primary").asText()).isEqualTo("FOOD_AND_DRINK");

        SandboxFixture.apply(copy, update);
        assertThat(copy).isEqualTo(fixture.truth(item));
    }

    @Test
    @DisplayName("netted: added then modified before the client syncs comes as one added row with the latest values")
    void nettedAddThenModify() {
        SandboxFixture.Loop first = fixture.loop(item.accessToken(), null, 500, null);
        String usd = item.account("USD").accountId();
        TransactionRecord added = fixture.control.addTransaction(usd, NewTransaction.of("10.00", null, "Coffee"));
        fixture.control.modifyTransaction(added.transactionId(), TransactionChange.amount("12.50"));
        TransactionRecord temporary = fixture.control.addTransaction(usd, NewTransaction.of("1.00", null, "Gum"));
        fixture.control.removeTransaction(temporary.transactionId());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 500, null);
        assertThat(update.ids("added")).containsExactly(added.transactionId());
        assertThat(update.all("added").get(0).get("amount").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(update.all("modified")).isEmpty();
        assertThat(update.all("removed")).isEmpty();
    }

    @Test
    @DisplayName("raw mode: every log entry, so the same add-modify-add-remove shows as added, modified, added, removed")
    void rawMode() {
        fixture.control.setNetted(false);
        SandboxFixture.Loop first = fixture.loop(item.accessToken(), null, 500, null);
        assertThat(first.all("removed")).as("raw: the pending rows replaced in the history show as removed").isNotEmpty();
        String usd = item.account("USD").accountId();
        TransactionRecord added = fixture.control.addTransaction(usd, NewTransaction.of("10.00", null, "Coffee"));
        fixture.control.modifyTransaction(added.transactionId(), TransactionChange.amount("12.50"));
        TransactionRecord temporary = fixture.control.addTransaction(usd, NewTransaction.of("1.00", null, "Gum"));
        fixture.control.removeTransaction(temporary.transactionId());

        SandboxFixture.Loop update = fixture.loop(item.accessToken(), first.nextCursor(), 2, null);
        assertThat(update.pages()).hasSize(2);
        assertThat(update.ids("added")).containsExactly(added.transactionId(), temporary.transactionId());
        assertThat(update.all("added").get(0).get("amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(update.ids("modified")).containsExactly(added.transactionId());
        assertThat(update.ids("removed")).containsExactly(temporary.transactionId());
        Map<String, TransactionRecord> copy = SandboxFixture.copyOf(first);
        SandboxFixture.apply(copy, update);
        assertThat(copy).isEqualTo(fixture.truth(item));
    }

    @Test
    @DisplayName("original_description only with include_original_description; PFC v2 only when asked (v1 labels otherwise)")
    void viewOptions() {
        ObjectNode plain = PlaidHttp.object().put("access_token", item.accessToken()).put("count", 500);
        JsonNode page = fixture.http.call("/transactions/sync", plain).ok();
        JsonNode salary = null;
        for (JsonNode row : page.get("added")) {
            assertThat(row.get("original_description").isNull()).isTrue();
            assertThat(row.get("personal_finance_category").get("version").asText()).isEqualTo("v1");
            if (row.get("personal_finance_category").get("detailed").asText().equals("INCOME_WAGES")) {
                salary = row;
            }
        }
        assertThat(salary).as("v1 calls INCOME_SALARY INCOME_WAGES").isNotNull();

        JsonNode full = fixture.sync(item.accessToken(), null, 500, null).ok();
        JsonNode row = full.get("added").get(0);
        assertThat(row.get("original_description").asText()).isNotBlank();
        JsonNode pfc = row.get("personal_finance_category");
        assertThat(pfc.get("version").asText()).isEqualTo("v2");
        assertThat(pfc.get("detailed").asText()).startsWith(pfc.get("primary").asText() + "_");
        for (String field : new String[] {"transaction_id", "account_id", "amount", "iso_currency_code",
            "unofficial_currency_code", "date", "authorized_date", "authorized_datetime", "datetime", "pending",
            "pending_transaction_id", "name", "merchant_name", "payment_channel", "transaction_code", "category",
            "category_id", "counterparties", "location", "logo_url", "website"}) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(row.get("unofficial_currency_code").isNull()).isTrue();
        assertThat(row.get("counterparties").isArray()).isTrue();
    }

    @Test
    @DisplayName("a forged cursor, or one from another Item, is 400 INVALID_FIELD; \"now\" starts from the present")
    void cursors() {
        SandboxFixture.Loop loop = fixture.loop(item.accessToken(), null, 500, null);
        PlaidHttp.Reply forged = fixture.sync(item.accessToken(), "bm90IGEgY3Vyc29y", 10, null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorCode()).isEqualTo("INVALID_FIELD");
        ItemRecord other = fixture.item(SandboxFixture.US_BANK);
        assertThat(fixture.sync(other.accessToken(), loop.nextCursor(), 10, null).errorCode()).isEqualTo("INVALID_FIELD");
        String tampered = loop.nextCursor().substring(0, loop.nextCursor().length() - 2) + "AA";
        assertThat(fixture.sync(item.accessToken(), tampered, 10, null).errorCode()).isEqualTo("INVALID_FIELD");

        JsonNode now = fixture.sync(other.accessToken(), "now", 10, null).ok();
        assertThat(now.get("added")).isEmpty();
        assertThat(now.get("has_more").asBoolean()).isFalse();
        fixture.control.addTransaction(other.firstAccount().accountId(), NewTransaction.of("3.00", null, "Later"));
        assertThat(fixture.sync(other.accessToken(), now.get("next_cursor").asText(), 10, null).ok().get("added"))
                .hasSize(1);
    }
}
