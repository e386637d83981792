package org.banksync.application.transaction.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;
import org.banksync.domain.transaction.TransactionStatus;

/**
 * Narrows a list of transactions; a null criterion does not filter. Dates bound the booking date, both ends
 * included; amounts bound the signed amount (negative is money out); {@code q} looks for text in the
 * descriptions, ignoring case; {@code updatedSince} keeps rows updated at or after it, and brings tombstones
 * too, so a client can mirror deletions.
 */
public record TransactionFilter(
        BankAccountId bankAccountId,
        LocalDate from,
        LocalDate to,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        CategoryId categoryId,
        TransactionStatus status,
        String q,
        Instant updatedSince,
        boolean includeDeleted) {

    public static final int Q_MAX_LENGTH = 200;

    public TransactionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainViolation("to", "to (" + to + ") is before from (" + from + ")");
        }
        if (minAmount != null && maxAmount != null && maxAmount.compareTo(minAmount) < 0) {
            throw new DomainViolation("maxAmount", "maxAmount (" + maxAmount.toPlainString()
                    + ") is below minAmount (" + minAmount.toPlainString() + ")");
        }
        q = Require.optionalText(q, "q", Q_MAX_LENGTH);
        includeDeleted = includeDeleted || updatedSince != null;
    }

    /** Every live transaction. */
    public static TransactionFilter none() {
        return builder().build();
    }

    /** The live transactions of one account. */
    public static TransactionFilter ofAccount(BankAccountId bankAccountId) {
        return builder().bankAccountId(bankAccountId).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Assembles a filter criterion by criterion, as a query string gives them. */
    public static final class Builder {

        private BankAccountId bankAccountId;
        private LocalDate from;
        private LocalDate to;
        private BigDecimal minAmount;
        private BigDecimal maxAmount;
        private CategoryId categoryId;
        private TransactionStatus status;
        private String q;
        private Instant updatedSince;
        private boolean includeDeleted;

        private Builder() {
        }

        public Builder bankAccountId(BankAccountId value) {
            bankAccountId = value;
            return this;
        }

        public Builder from(LocalDate value) {
            from = value;
            return this;
        }

        public Builder to(LocalDate value) {
            to = value;
            return this;
        }

        public Builder minAmount(BigDecimal value) {
            minAmount = value;
            return this;
        }

        public Builder maxAmount(BigDecimal value) {
            maxAmount = value;
            return this;
        }

        public Builder categoryId(CategoryId value) {
            categoryId = value;
            return this;
        }

        public Builder status(TransactionStatus value) {
            status = value;
            return this;
        }

        public Builder q(String value) {
            q = value;
            return this;
        }

        public Builder updatedSince(Instant value) {
            updatedSince = value;
            return this;
        }

        public Builder includeDeleted() {
            includeDeleted = true;
            return this;
        }

        public TransactionFilter build() {
            return new TransactionFilter(bankAccountId, from, to, minAmount, maxAmount, categoryId, status, q,
                    updatedSince, includeDeleted);
        }
    }
}
