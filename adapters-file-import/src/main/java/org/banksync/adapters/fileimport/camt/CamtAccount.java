package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.AccountMatch;
import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

/**
 * The account a {@code Stmt} is the statement of ({@code Acct/Id/IBAN}, else {@code Acct/Id/Othr/Id}) and
 * how it compares with the bank account's IBAN: a statement without an IBAN is never the account's.
 */
record CamtAccount(String label, Iban iban, AccountMatch match) {

    static CamtAccount of(Element acct, Iban target) {
        String currency = acct.text("Ccy");
        String inCurrency = currency == null ? "" : " (" + currency + ")";
        String written = acct.text("Id/IBAN");
        if (written == null) {
            String other = acct.text("Id/Othr/Id");
            String label = (other == null ? "an account without IBAN" : "account " + other + " without IBAN") + inCurrency;
            return new CamtAccount(label, null, target == null ? AccountMatch.UNKNOWN : AccountMatch.OTHER);
        }
        Iban iban = ibanOrNull(written);
        String label = (iban == null ? written : iban.value()) + inCurrency;
        if (target == null) {
            return new CamtAccount(label, iban, AccountMatch.UNKNOWN);
        }
        return new CamtAccount(label, iban, target.equals(iban) ? AccountMatch.SAME : AccountMatch.OTHER);
    }

    private static Iban ibanOrNull(String written) {
        try {
            return Iban.of(written);
        } catch (DomainViolation notAnIban) {
            return null;
        }
    }
}
