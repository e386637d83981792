package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.control.NewTransaction;
import org.banksync.sandbox.bridge.control.SandboxControlException;
import org.banksync.sandbox.bridge.control.TransactionChange;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Changes made through the control API reach clients through since")
class ControlMutationsTest {

    private SandboxFixture fixture;
    private SandboxFixture.Connected user;
    private AccountRecord checking;
    private Instant watermark;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(120);
        user = fixture.connected("success");
        checking = user.item().account("checking");
        List<Transaction> truth = fixture.control.groundTruth(checking.id());
        watermark = truth.get(truth.size() - 1).updatedAt();
        fixture.control.advanceClock(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<JsonNode> changedSinceWatermark() {
        return fixture.http.all("/v3/aggregation/transactions?account_id=" + checking.id() + "&since=" + watermark,
                fixture.token(user.userUuid()));
    }

    @Test
    @DisplayName("an added, a modified and a deleted row are the three rows since the watermark, stamped with the sandbox's now")
    void mutationsShowThroughSince() {
        List<Transaction> truth = fixture.control.groundTruth(checking.id());
        Transaction added = fixture.control.addTransaction(checking.id(),
                NewTransaction.of("-42.10", LocalDate.parse("2026-03-16"), "Boulangerie Dupain"));
        Transaction modified = fixture.control.modifyTransaction(truth.get(3).id(), TransactionChange.amount("-99.99"));
        Transaction deleted = fixture.control.deleteTransaction(truth.get(7).id());

        List<JsonNode> rows = changedSinceWatermark();

        assertThat(rows).extracting(row -> row.get("id").asLong())
                .containsExactlyInAnyOrder(added.id(), modified.id(), deleted.id());
        Instant now = fixture.control.now();
        assertThat(rows).allSatisfy(row -> assertThat(Instant.parse(row.get("updated_at").asText())).isEqualTo(now));
        JsonNode changed = rows.stream().filter(row -> row.get("id").asLong() == modified.id()).findFirst().orElseThrow();
        assertThat(changed.get("amount").decimalValue()).isEqualByComparingTo("-99.99");
        assertThat(changed.get("clean_description").asText()).isEqualTo(truth.get(3).cleanDescription());
        assertThat(fixture.http.get("/v3/aggregation/transactions/" + added.id(), fixture.token(user.userUuid()))
                .json().get("clean_description").asText()).isEqualTo("Boulangerie Dupain");
    }

    @Test
    @DisplayName("the ground truth holds every row, the deleted ones flagged, in id order")
    void groundTruth() {
        List<Transaction> before = fixture.control.groundTruth(checking.id());
        fixture.control.deleteTransaction(before.get(0).id());
        fixture.control.addTransaction(checking.id(), NewTransaction.of("10", null, "Remboursement"));
        List<Transaction> after = fixture.control.groundTruth(checking.id());
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(0).deleted()).isTrue();
        assertThat(after).extracting(Transaction::id).isSorted();
        assertThat(after.get(after.size() - 1).date()).isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    @DisplayName("posting a future row keeps its id, clears future and bumps updated_at")
    void postsFutureRows() {
        Transaction pending = fixture.control.groundTruth(checking.id()).stream().filter(Transaction::future)
                .findFirst().orElseThrow();
        assertThat(pending.date()).isAfter(LocalDate.parse("2026-03-16"));

        Transaction booked = fixture.control.postFutureTransaction(pending.id());

        assertThat(booked.id()).isEqualTo(pending.id());
        assertThat(booked.future()).isFalse();
        assertThat(booked.bookingDate()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(changedSinceWatermark()).singleElement()
                .satisfies(row -> assertThat(row.get("future").asBoolean()).isFalse());
        assertThatThrownBy(() -> fixture.control.postFutureTransaction(pending.id()))
                .isInstanceOf(SandboxControlException.class).hasMessageContaining("409");
    }

    @Test
    @DisplayName("an added future row counts in the instant balance only; posting it moves the accounting balance")
    void balancesFollowRows() {
        BigDecimal balance = accountBalance("balance");
        BigDecimal instant = accountBalance("instant_balance");
        Transaction future = fixture.control.addTransaction(checking.id(),
                NewTransaction.of("-100", LocalDate.parse("2026-03-20"), "Loyer").asFuture());
        assertThat(accountBalance("balance")).isEqualByComparingTo(balance);
        fixture.control.postFutureTransaction(future.id());
        assertThat(accountBalance("balance")).isEqualByComparingTo(balance.subtract(new BigDecimal("100")));
        assertThat(instant).isNotNull();
    }

    @Test
    @DisplayName("item status and consent can be set, and the clock can be set to an instant")
    void itemStatusAndClock() {
        long itemId = user.item().id();
        assertThat(fixture.control.setItemStatus(itemId, 429, null).statusCodeInfo()).isEqualTo("tos_to_validate");
        assertThat(fixture.control.setItemStatus(itemId, 1003, "BANK_IS_DOWN").statusCodeInfo()).isEqualTo("BANK_IS_DOWN");
        Instant target = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(fixture.control.setClock(target)).isEqualTo(target);
        assertThat(fixture.control.expireConsent(itemId).authenticationExpiresAt()).isBefore(target);
        JsonNode item = fixture.http.get("/v3/aggregation/items/" + itemId, fixture.token(user.userUuid())).json();
        assertThat(item.get("status").asInt()).isEqualTo(1010);
    }

    @Test
    @DisplayName("reset forgets users and items and puts the clock back")
    void reset() {
        fixture.control.reset();
        assertThat(fixture.control.now()).isEqualTo(SandboxFixture.START);
        assertThat(fixture.http.get("/v3/aggregation/users").json().get("resources")).isEmpty();
        assertThatThrownBy(() -> fixture.control.item(user.item().id())).isInstanceOf(SandboxControlException.class);
    }

    private BigDecimal accountBalance(String field) {
        return fixture.http.get("/v3/aggregation/accounts/" + checking.id(), fixture.token(user.userUuid()))
                .json().get(field).decimalValue();
    }
}
