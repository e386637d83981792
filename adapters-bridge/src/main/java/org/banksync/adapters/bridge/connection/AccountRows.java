package org.banksync.adapters.bridge.connection;

import org.banksync.adapters.bridge.client.BridgeAccount;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

import java.math.BigDecimal;

/**
 * Checks one account row and turns it into Banksync's terms, or says why it cannot be used: no id, an
 * IBAN that fails its checks, an unofficial currency, a balance that is not a number. A missing IBAN
 * is normal (cards, loans); a missing balance is kept as unknown.
 */
final class AccountRows {

    private AccountRows() {
    }

    /** The account, or throws {@link RejectedRow} with a reason a user can read. */
    static ProviderAccountSnapshot map(BridgeAccount row) {
        String label = label(row);
        if (row.problem() != null) {
            throw new RejectedRow(label + ": " + row.problem());
        }
        if (row.id() == null || row.id().isBlank()) {
            throw new RejectedRow(label + ": Bridge gave no id, so it cannot be linked");
        }
        try {
            Iban iban = row.iban() == null || row.iban().isBlank() ? null : Iban.of(row.iban());
            CurrencyCode currency = CurrencyCode.of(row.currencyCode());
            String name = row.name() == null || row.name().isBlank() ? "Account " + row.id() : row.name();
            return new ProviderAccountSnapshot(row.id(), name, iban, currency, row.type(), balance(row));
        } catch (DomainViolation e) {
            throw new RejectedRow(label + ": " + e.getMessage());
        }
    }

    private static BigDecimal balance(BridgeAccount row) {
        if (row.balance() == null) {
            return null;
        }
        try {
            return new BigDecimal(row.balance());
        } catch (NumberFormatException e) {
            throw new RejectedRow(label(row) + ": the balance '" + row.balance() + "' is not a number");
        }
    }

    private static String label(BridgeAccount row) {
        String id = row.id() == null ? "without id" : row.id();
        return "Bridge account " + id + (row.name() == null ? "" : " '" + row.name() + "'");
    }

    /** A row that cannot become an account; the message says why. */
    static final class RejectedRow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RejectedRow(String reason) {
            super(reason);
        }
    }
}
