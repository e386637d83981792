package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.control.TransactionRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Seed data is deterministic and looks like each country's bank statements")
class GeneratedDataTest {

    private static final Set<String> EU_CODES = Set.of("adjustment", "atm", "bank charge", "bill payment", "cash",
            "cashback", "cheque", "direct debit", "interest", "payment", "purchase", "refund", "standing order", "transfer");
    private static final Set<String> PRIMARIES = Set.of("INCOME", "LOAN_DISBURSEMENTS", "LOAN_PAYMENTS", "TRANSFER_IN",
            "TRANSFER_OUT", "BANK_FEES", "ENTERTAINMENT", "FOOD_AND_DRINK", "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT",
            "MEDICAL", "PERSONAL_CARE", "GENERAL_SERVICES", "GOVERNMENT_AND_NON_PROFIT", "TRANSPORTATION", "TRAVEL",
            "RENT_AND_UTILITIES", "OTHER");

    @Test
    @DisplayName("the same seed gives the same ids, IBANs and rows; another seed gives others")
    void deterministic() {
        List<TransactionRecord> first;
        ItemRecord firstItem;
        try (SandboxFixture fixture = SandboxFixture.start()) {
            firstItem = fixture.item(SandboxFixture.FIRST_PLATYPUS);
            first = fixture.control.groundTruth(firstItem.account("EUR").accountId());
        }
        try (SandboxFixture again = SandboxFixture.start()) {
            ItemRecord item = again.item(SandboxFixture.FIRST_PLATYPUS);
            assertThat(item.itemId()).isEqualTo(firstItem.itemId());
            assertThat(item.account("EUR").iban()).isEqualTo(firstItem.account("EUR").iban());
            assertThat(again.control.groundTruth(item.account("EUR").accountId())).isEqualTo(first);
        }
        try (SandboxFixture other = SandboxFixture.start(builder -> builder.seed(7))) {
            ItemRecord item = other.item(SandboxFixture.FIRST_PLATYPUS);
            assertThat(item.itemId()).isNotEqualTo(firstItem.itemId());
            assertThat(other.control.groundTruth(item.account("EUR").accountId())).isNotEqualTo(first);
        }
    }

    @Test
    @DisplayName("120 rows per checking account by default over 90 days, two-decimal amounts, PFCv2 consistent with its primary")
    void shape() {
        try (SandboxFixture fixture = SandboxFixture.start(builder -> builder.transactionsPerAccount(120))) {
            ItemRecord item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
            LocalDate today = LocalDate.parse("2026-03-16");
            for (String currency : new String[] {"EUR", "GBP", "USD"}) {
                List<TransactionRecord> rows = fixture.control.groundTruth(item.account(currency).accountId());
                assertThat(rows).hasSize(120);
                assertThat(rows).allSatisfy(row -> {
                    assertThat(row.isoCurrencyCode()).isEqualTo(currency);
                    assertThat(row.amount().scale()).isLessThanOrEqualTo(2);
                    assertThat(row.date()).isBetween(today.minusDays(89), today);
                    assertThat(row.personalFinanceCategory().version()).isEqualTo("v2");
                    assertThat(PRIMARIES).contains(row.personalFinanceCategory().primary());
                    assertThat(row.personalFinanceCategory().detailed())
                            .startsWith(row.personalFinanceCategory().primary() + "_");
                    assertThat(row.originalDescription()).isNotBlank();
                    assertThat(row.name()).isNotBlank();
                });
                assertThat(rows).filteredOn(row -> row.personalFinanceCategory().detailed().equals("INCOME_SALARY"))
                        .isNotEmpty().allSatisfy(row -> assertThat(row.amount().signum()).isNegative());
                assertThat(rows).filteredOn(TransactionRecord::pending).isNotEmpty();
                if (currency.equals("USD")) {
                    assertThat(rows).allSatisfy(row -> assertThat(row.transactionCode()).isNull());
                } else {
                    assertThat(rows).allSatisfy(row -> assertThat(EU_CODES).contains(row.transactionCode()));
                }
            }
        }
    }

    @Test
    @DisplayName("French merchants and SEPA labels in EUR, British ones in GBP, American ones in USD")
    void merchantsPerCurrency() {
        try (SandboxFixture fixture = SandboxFixture.start(builder -> builder.transactionsPerAccount(200))) {
            ItemRecord item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
            List<String> eur = merchants(fixture, item, "EUR");
            List<String> gbp = merchants(fixture, item, "GBP");
            List<String> usd = merchants(fixture, item, "USD");
            assertThat(eur).contains("Carrefour", "Monoprix").doesNotContain("Tesco", "Walmart");
            assertThat(gbp).contains("Tesco", "Sainsbury's").doesNotContain("Carrefour", "Walmart");
            assertThat(usd).contains("Walmart", "Starbucks").doesNotContain("Tesco", "Monoprix");
            assertThat(fixture.control.groundTruth(item.account("EUR").accountId()))
                    .anyMatch(row -> row.originalDescription().startsWith("PRLV SEPA "))
                    .anyMatch(row -> row.originalDescription().startsWith("CB "));
            assertThat(fixture.control.groundTruth(item.account("GBP").accountId()))
                    .anyMatch(row -> row.originalDescription().startsWith("CARD PAYMENT TO "));
        }
    }

    private static List<String> merchants(SandboxFixture fixture, ItemRecord item, String currency) {
        return fixture.control.groundTruth(item.account(currency).accountId()).stream()
                .map(TransactionRecord::merchantName).filter(name -> name != null).distinct().toList();
    }
}
