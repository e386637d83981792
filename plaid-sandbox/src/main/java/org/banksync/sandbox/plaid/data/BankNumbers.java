package org.banksync.sandbox.plaid.data;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Account numbers with real check digits: French and British IBANs (ISO 13616 mod 97, plus the French
 * RIB key) and US ABA routing numbers (3-7-1 weighted checksum).
 */
public final class BankNumbers {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private BankNumbers() {
    }

    /** FR + check digits + bank code (5) + branch code (5) + account number (11 digits) + RIB key (2). */
    public static String frenchIban(String bankCode, String branchCode, String accountNumber) {
        if (bankCode.length() != 5 || branchCode.length() != 5 || accountNumber.length() != 11
                || !(bankCode + branchCode + accountNumber).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bank 5, branch 5, account 11 digits");
        }
        String bban = bankCode + branchCode + accountNumber + ribKey(bankCode, branchCode, accountNumber);
        return "FR" + checkDigits("FR", bban) + bban;
    }

    /** GB + check digits + bank code (4 letters) + sort code (6 digits) + account number (8 digits). */
    public static String britishIban(String bankCode, String sortCode, String accountNumber) {
        if (bankCode.length() != 4 || sortCode.length() != 6 || accountNumber.length() != 8) {
            throw new IllegalArgumentException("bank 4, sort code 6, account 8 characters");
        }
        String bban = bankCode + sortCode + accountNumber;
        return "GB" + checkDigits("GB", bban) + bban;
    }

    /** The French RIB key: 97 - ((89 * bank + 15 * branch + 3 * account) mod 97). */
    static String ribKey(String bankCode, String branchCode, String accountNumber) {
        long bank = Long.parseLong(bankCode);
        long branch = Long.parseLong(branchCode);
        long account = Long.parseLong(accountNumber);
        long key = 97 - ((89 * bank + 15 * branch + 3 * (account % 97)) % 97);
        return String.format(Locale.ROOT, "%02d", key);
    }

    /** ISO 13616 check digits: 98 - (BBAN + country + "00", letters as 10..35) mod 97. */
    static String checkDigits(String country, String bban) {
        int remainder = mod97(bban + country + "00");
        return String.format(Locale.ROOT, "%02d", 98 - remainder);
    }

    /** Whether an IBAN's check digits are right (the rearranged number mod 97 is 1). */
    public static boolean validIban(String iban) {
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() > 4 && mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** A 9-digit ABA routing number whose last digit makes 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10. */
    public static String abaRouting(String firstEight) {
        if (firstEight.length() != 8 || !firstEight.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("8 digits");
        }
        int[] weights = {3, 7, 1, 3, 7, 1, 3, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += weights[i] * (firstEight.charAt(i) - '0');
        }
        return firstEight + (10 - sum % 10) % 10;
    }

    private static int mod97(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(Character.toUpperCase(c) - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
