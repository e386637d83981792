package org.banksync.adapters.plaid.connection;

import org.banksync.adapters.plaid.client.PlaidAccount;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

import java.math.BigDecimal;

/**
 * Checks one Plaid account and turns it into Banksync's terms, or says why it cannot be used: no id,
 * an IBAN that fails its checks, an unofficial currency (crypto), a balance that is not a number. The
 * name is the bank's official one when Plaid has it, with the mask's last digits; a credit account's
 * balance is negated, since Plaid's positive {@code current} there is what is owed.
 */
final class AccountRows {

    private static final String MASK_MARK = " \u2022\u2022";

    private AccountRows() {
    }

    /** The account, or throws {@link RejectedRow} with a reason a user can read. */
    static ProviderAccountSnapshot map(PlaidAccount row, String iban) {
        String label = label(row);
        if (row.problem() != null) {
            throw new RejectedRow(label + ": " + row.problem());
        }
        if (row.accountId() == null || row.accountId().isBlank()) {
            throw new RejectedRow(label + ": Plaid gave no account_id, so it cannot be linked");
        }
        try {
            String code = row.isoCurrencyCode() != null ? row.isoCurrencyCode() : row.unofficialCurrencyCode();
            if (code == null) {
                throw new RejectedRow(label + ": Plaid gave no currency");
            }
            CurrencyCode currency = CurrencyCode.of(code);
            return new ProviderAccountSnapshot(row.accountId(), name(row),
                    iban == null || iban.isBlank() ? null : Iban.of(iban), currency,
                    row.subtype() != null ? row.subtype() : row.type(), balance(row));
        } catch (DomainViolation e) {
            throw new RejectedRow(label + ": " + e.getMessage());
        }
    }

    static String name(PlaidAccount row) {
        String name = firstOf(row.officialName(), row.name(), "Account " + row.accountId());
        return row.mask() == null || row.mask().isBlank() ? name : name + MASK_MARK + row.mask();
    }

    private static BigDecimal balance(PlaidAccount row) {
        if (row.currentBalance() == null) {
            return null;
        }
        BigDecimal current;
        try {
            current = new BigDecimal(row.currentBalance());
        } catch (NumberFormatException e) {
            throw new RejectedRow(label(row) + ": the balance '" + row.currentBalance() + "' is not a number");
        }
        return "credit".equals(row.type()) ? current.negate() : current;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String label(PlaidAccount row) {
        String id = row.accountId() == null ? "without id" : row.accountId();
        return "Plaid account " + id + (row.name() == null ? "" : " '" + row.name() + "'");
    }

    /** A row that cannot become an account; the message says why. */
    static final class RejectedRow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RejectedRow(String reason) {
            super(reason);
        }
    }
}
