package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.banksync.sandbox.bridge.control.AccountRecord;
import org.banksync.sandbox.bridge.control.ItemRecord;
import org.banksync.sandbox.bridge.data.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Generated bank data looks like a French bank's and is deterministic")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDataTest {

    private SandboxFixture fixture;
    private SandboxFixture.Connected user;

    @BeforeAll
    void start() {
        fixture = new SandboxFixture(SandboxConfig.builder().clientId("test-client").clientSecret("test-secret")
                .webhookSecret("whsec-test").seed(7).transactionsPerAccount(1500).historyMonths(36));
        user = fixture.connected("success");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("every IBAN is French, 27 characters, and passes both the IBAN mod-97 and the RIB key checks")
    void validIbans() {
        for (int i = 0; i < 6; i++) {
            for (AccountRecord account : fixture.connected("success").item().accounts()) {
                if (account.iban() == null) {
                    assertThat(account.type()).isIn("card", "loan");
                    continue;
                }
                assertThat(account.iban()).hasSize(27).startsWith("FR");
                assertThat(ibanMod97(account.iban())).as(account.iban()).isEqualTo(1);
                assertThat(ribKeyValid(account.iban().substring(4))).as(account.iban()).isTrue();
            }
        }
        assertThat(ibanMod97("FR6914508000303386763591H62")).isEqualTo(1);
        assertThat(ribKeyValid("14508000303386763591H62")).isTrue();
    }

    @Test
    @DisplayName("an item holds checking, savings, a deferred card without IBAN and a loan with loan_details")
    void accountMix() {
        JsonNode accounts = fixture.http.get("/v3/aggregation/accounts?item_id=" + user.item().id(), user.token())
                .json().get("resources");
        Set<String> types = StreamSupport.stream(accounts.spliterator(), false)
                .map(account -> account.get("type").asText()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("checking", "savings", "card", "loan");
        for (JsonNode account : accounts) {
            switch (account.get("type").asText()) {
                case "card" -> assertThat(account.get("iban").isNull()).isTrue();
                case "loan" -> {
                    JsonNode loan = account.get("loan_details");
                    assertThat(loan.get("remaining_capital").decimalValue()).isPositive();
                    assertThat(loan.get("borrowed_capital").decimalValue()).isGreaterThan(loan.get("remaining_capital").decimalValue());
                    assertThat(account.get("balance").decimalValue()).isNegative();
                }
                default -> assertThat(account.get("currency_code").asText()).isIn("EUR", "USD");
            }
            assertThat(account.get("provider_id").asLong()).isEqualTo(574);
        }
    }

    @Test
    @DisplayName("rows use every operation type, two-decimal amounts, ISO dates, millisecond UTC updated_at and some absent dates")
    void rowShape() {
        List<JsonNode> rows = fixture.http.all("/v3/aggregation/transactions?limit=500", user.token());
        assertThat(rows.stream().map(row -> row.get("operation_type").asText()).collect(Collectors.toSet()))
                .contains("card", "deferred_debit_card", "transfer", "direct_debit", "check", "withdrawal", "deposit", "unknown");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("amount").isNumber()).isTrue();
            assertThat(new BigDecimal(row.get("amount").asText()).scale()).isLessThanOrEqualTo(2);
            assertThat(row.get("updated_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(row.get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(row.get("deleted").asBoolean()).isFalse();
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.has("booking_date")).isFalse());
        assertThat(rows).anySatisfy(row -> assertThat(row.has("value_date")).isFalse());
        assertThat(rows).anySatisfy(row -> assertThat(row.get("provider_description").asText()).startsWith("PAIEMENT PAR CARTE "));
        assertThat(rows.stream().filter(row -> row.get("future").asBoolean()))
                .isNotEmpty().allSatisfy(row -> assertThat(LocalDate.parse(row.get("date").asText()))
                        .isAfter(LocalDate.parse("2026-03-16")));
        assertThat(LocalDate.parse(rows.get(0).get("date").asText())).isAfterOrEqualTo(LocalDate.parse("2023-03-16"));
    }

    @Test
    @DisplayName("each monthly deferred card debit on the checking account equals the card's spending of the month before")
    void deferredDebitsMirrorTheCard() {
        ItemRecord item = user.item();
        List<Transaction> checking = fixture.control.groundTruth(item.account("checking").id());
        List<Transaction> card = fixture.control.groundTruth(item.account("card").id());
        List<Transaction> debits = checking.stream().filter(row -> row.operationType().equals("deferred_debit_card")).toList();
        assertThat(debits).hasSizeGreaterThan(20);
        for (Transaction debit : debits) {
            YearMonth month = YearMonth.from(debit.date()).minusMonths(1);
            BigDecimal spent = card.stream().filter(row -> YearMonth.from(row.date()).equals(month))
                    .map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(debit.amount()).as("debit of %s", month).isEqualByComparingTo(spent);
        }
    }

    @Test
    @DisplayName("the same seed gives the same accounts and rows in another sandbox")
    void deterministic() {
        try (SandboxFixture twin = new SandboxFixture(SandboxConfig.builder().seed(7).transactionsPerAccount(1500)
                .historyMonths(36))) {
            SandboxFixture.Connected twinUser = twin.connected("success");
            assertThat(twinUser.item().accounts()).extracting(AccountRecord::iban)
                    .containsExactlyElementsOf(user.item().accounts().stream().map(AccountRecord::iban).toList());
            long account = user.item().account("checking").id();
            assertThat(twin.control.groundTruth(account)).isEqualTo(fixture.control.groundTruth(account));
        }
    }

    @Test
    @DisplayName("an account of two million rows is served page by page without generating them all")
    void millionsOfRows() {
        try (SandboxFixture big = new SandboxFixture(SandboxConfig.builder().seed(7).transactionsPerAccount(2_000_000)
                .historyMonths(36))) {
            SandboxFixture.Connected bigUser = big.connected("success");
            long account = bigUser.item().account("card").id();
            JsonNode lastDays = big.http.get("/v3/aggregation/transactions?account_id=" + account
                    + "&min_date=2026-03-15&limit=500", bigUser.token()).json();
            assertThat(lastDays.get("resources")).hasSize(500);
            String next = lastDays.path("pagination").path("next_uri").asText();
            JsonNode second = big.http.get(next, bigUser.token()).json();
            assertThat(second.get("resources").get(0).get("id").asLong())
                    .isEqualTo(lastDays.get("resources").get(499).get("id").asLong() + 1);
            JsonNode first = lastDays.get("resources").get(0);
            assertThat(big.http.get("/v3/aggregation/transactions/" + first.get("id").asLong(), bigUser.token()).json())
                    .isEqualTo(first);
        }
    }

    private static int ibanMod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    /** The French RIB check: (89 x bank + 15 x branch + 3 x account + key) mod 97 = 0, letters mapped 1..9. */
    private static boolean ribKeyValid(String bban) {
        String table = "12345678912345678923456789";
        StringBuilder digits = new StringBuilder();
        for (char c : bban.toCharArray()) {
            digits.append(Character.isLetter(c) ? table.charAt(c - 'A') : c);
        }
        String d = digits.toString();
        BigInteger value = new BigInteger(d.substring(0, 5)).multiply(BigInteger.valueOf(89))
                .add(new BigInteger(d.substring(5, 10)).multiply(BigInteger.valueOf(15)))
                .add(new BigInteger(d.substring(10, 21)).multiply(BigInteger.valueOf(3)))
                .add(new BigInteger(d.substring(21, 23)));
        return value.mod(BigInteger.valueOf(97)).signum() == 0;
    }
}
