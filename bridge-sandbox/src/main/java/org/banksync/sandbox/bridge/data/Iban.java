package org.banksync.sandbox.bridge.data;

import java.math.BigInteger;
import java.util.Locale;

/** Builds French IBANs whose RIB key and IBAN check digits are computed, not faked. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /**
     * FR + check digits + bank code (5) + branch code (5) + account number (11) + RIB key (2).
     * The account number may hold letters; the RIB key uses the French letter table.
     */
    public static String french(String bankCode, String branchCode, String accountNumber) {
        if (bankCode.length() != 5 || branchCode.length() != 5 || accountNumber.length() != 11) {
            throw new IllegalArgumentException("bank 5, branch 5, account 11 characters");
        }
        String bban = bankCode + branchCode + accountNumber + ribKey(bankCode, branchCode, accountNumber);
        return "FR" + checkDigits("FR", bban) + bban;
    }

    /** The French RIB key: 97 - ((89 * bank + 15 * branch + 3 * account) mod 97). */
    static String ribKey(String bankCode, String branchCode, String accountNumber) {
        long bank = Long.parseLong(bankCode);
        long branch = Long.parseLong(branchCode);
        long account = Long.parseLong(ribDigits(accountNumber));
        long key = 97 - ((89 * bank + 15 * branch + 3 * (account % 97)) % 97);
        return String.format(Locale.ROOT, "%02d", key);
    }

    /** ISO 13616 check digits: 98 - (BBAN + country + "00", letters as 10..35) mod 97. */
    static String checkDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int remainder = new BigInteger(lettersToNumbers(rearranged)).mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", 98 - remainder);
    }

    private static String ribDigits(String accountNumber) {
        StringBuilder digits = new StringBuilder();
        for (char c : accountNumber.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                // A,J -> 1; B,K,S -> 2; ... I,R,Z -> 9 (the French RIB convention)
                int offset = c - 'A';
                int value = c <= 'I' ? offset + 1 : c <= 'R' ? offset - 8 : offset - 16;
                digits.append(value);
            }
        }
        return digits.toString();
    }

    private static String lettersToNumbers(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return digits.toString();
    }
}
