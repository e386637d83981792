package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.category.PfcTaxonomy;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.adapters.plaid.transaction.Rows.row;

@DisplayName("A Plaid row in Banksync's terms")
class TransactionRowsTest {

    private static SourceTransaction translate(Rows row) {
        return TransactionRows.translate(row.build(), "key-1", PfcTaxonomy.vendored());
    }

    @Test
    @DisplayName("money out (Plaid's positive) is negative and money in positive, digits kept exactly")
    void sign() {
        assertThat(translate(row("a").amount("72.1")).amount().amount()).isEqualTo(new BigDecimal("-72.1"));
        assertThat(translate(row("b").amount("-2500.00")).amount().amount()).isEqualTo(new BigDecimal("2500.00"));
        assertThat(translate(row("c").amount("0.005")).amount().amount()).isEqualTo(new BigDecimal("-0.005"));
    }

    @Test
    @DisplayName("the operation date is when the card was used, the booking date when the bank posted; no value date")
    void dates() {
        SourceTransaction translated = translate(row("a").date(LocalDate.of(2026, 3, 10)).authorized(LocalDate.of(2026, 3, 8)));
        assertThat(translated.date()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(translated.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(translated.valueDate()).isNull();
        assertThat(translate(row("b").authorized(null)).date()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    @DisplayName("texts: the merchant else the name, the bank's raw label else the name; the EU transaction code else the channel")
    void texts() {
        SourceTransaction full = translate(row("a"));
        assertThat(full.description()).isEqualTo("Monoprix");
        assertThat(full.rawDescription()).isEqualTo("CB MONOP PARIS 09/03");
        assertThat(full.operationType()).isEqualTo("purchase");
        SourceTransaction bare = translate(row("b").texts("VIR SEPA LOYER", null, null).operation(null, "other"));
        assertThat(bare.description()).isEqualTo("VIR SEPA LOYER");
        assertThat(bare.rawDescription()).isEqualTo("VIR SEPA LOYER");
        assertThat(bare.operationType()).isEqualTo("other");
    }

    @Test
    @DisplayName("the category is the detailed PFC when the vendored tree has it, else its primary")
    void category() {
        assertThat(translate(row("a")).providerCategoryExternalId()).isEqualTo("GENERAL_MERCHANDISE_SUPERSTORES");
        assertThat(translate(row("b").category("FOOD_AND_DRINK", "FOOD_AND_DRINK_SOMETHING_NEW")).providerCategoryExternalId())
                .isEqualTo("FOOD_AND_DRINK");
        assertThat(translate(row("c").category(null, null)).providerCategoryExternalId()).isNull();
    }

    @Test
    @DisplayName("a pending row is a future one; the key given is the row's identity; updatedAt is left to the core")
    void pendingAndIdentity() {
        SourceTransaction translated = translate(row("a").pending());
        assertThat(translated.future()).isTrue();
        assertThat(translated.source()).isEqualTo(TransactionSource.PLAID);
        assertThat(translated.externalId().value()).isEqualTo("key-1");
        assertThat(translated.updatedAt()).isNull();
        assertThat(translated.deleted()).isFalse();
    }

    @Test
    @DisplayName("a row with only an unofficial currency (crypto) is refused with a reason")
    void unofficialCurrency() {
        assertThatThrownBy(() -> translate(row("a").currency(null, "DOGE")))
                .isInstanceOf(DomainViolation.class).hasMessageContaining("unofficial currency DOGE");
    }
}
