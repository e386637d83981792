package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.AccountMatch;
import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The account an OFX statement names and how it compares with the bank account's IBAN. An ACCTID that
 * is an IBAN is compared as one; French banks write the RIB (BANKID, BRANCHID, ACCTID), compared with
 * the bank, branch and account parts of a French IBAN; anything else (a card number, a US account
 * number) cannot be compared.
 */
record OfxAccount(String label, Iban iban, AccountMatch match) {

    static final OfxAccount UNNAMED = new OfxAccount("an account the file does not name", null, AccountMatch.UNKNOWN);

    private static final int FRENCH_IBAN_LENGTH = 27;
    private static final int CARD_DIGITS_SHOWN = 4;

    /** The account of a BANKACCTFROM or CCACCTFROM aggregate, compared with {@code target} (null: nothing to compare). */
    static OfxAccount of(Element from, Iban target) {
        String accountId = compact(from.text("ACCTID"));
        if (accountId == null) {
            return UNNAMED;
        }
        Iban written = ibanOrNull(accountId);
        if (written != null) {
            return new OfxAccount(written.value(), written, compare(target == null ? null : target.equals(written)));
        }
        if ("CCACCTFROM".equals(from.name())) {
            String lastDigits = accountId.substring(Math.max(0, accountId.length() - CARD_DIGITS_SHOWN));
            return new OfxAccount("card ending " + lastDigits, null, AccountMatch.UNKNOWN);
        }
        String bankId = compact(from.text("BANKID"));
        String branchId = compact(from.text("BRANCHID"));
        String label = "account " + Stream.of(bankId, branchId, accountId).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        if (target != null && bankId != null && "FR".equals(target.countryCode())
                && target.value().length() == FRENCH_IBAN_LENGTH) {
            boolean same = ribOf(target, bankId, branchId, accountId);
            return new OfxAccount(label, same ? target : null, compare(same));
        }
        return new OfxAccount(label, null, AccountMatch.UNKNOWN);
    }

    /** Whether the RIB parts name the French IBAN: bank code (5), branch code (5), account number (11, with or without its key). */
    private static boolean ribOf(Iban target, String bankId, String branchId, String accountId) {
        String bban = target.value().substring(4);
        String account = bban.substring(10, 21);
        return bankId.equals(bban.substring(0, 5))
                && (branchId == null || branchId.equals(bban.substring(5, 10)))
                && (accountId.equals(account) || accountId.equals(bban.substring(10)));
    }

    private static AccountMatch compare(Boolean same) {
        if (same == null) {
            return AccountMatch.UNKNOWN;
        }
        return same ? AccountMatch.SAME : AccountMatch.OTHER;
    }

    private static String compact(String text) {
        return text == null ? null : text.replaceAll("\\s+", "");
    }

    private static Iban ibanOrNull(String text) {
        try {
            return Iban.of(text);
        } catch (DomainViolation notAnIban) {
            return null;
        }
    }
}
