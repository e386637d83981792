package org.banksync.sandbox.plaid.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plaid's personal finance categories. Detailed values are PRIMARY_SUFFIX (FOOD_AND_DRINK_GROCERIES);
 * the primary is the longest known primary the detailed value starts with. Rows are stored in PFCv2;
 * a sync that does not ask for v2 gets them relabelled to v1 with the documented renames.
 */
public final class Pfc {

    /** The PFCv2 primaries, as listed in the reference. */
    public static final List<String> PRIMARIES = List.of("INCOME", "LOAN_DISBURSEMENTS", "LOAN_PAYMENTS", "TRANSFER_IN",
            "TRANSFER_OUT", "BANK_FEES", "ENTERTAINMENT", "FOOD_AND_DRINK", "GENERAL_MERCHANDISE", "HOME_IMPROVEMENT",
            "MEDICAL", "PERSONAL_CARE", "GENERAL_SERVICES", "GOVERNMENT_AND_NON_PROFIT", "TRANSPORTATION", "TRAVEL",
            "RENT_AND_UTILITIES", "OTHER");

    /** v2 detailed value to v1 detailed value, for the documented renames. */
    private static final Map<String, String> V2_TO_V1 = Map.of(
            "INCOME_SALARY", "INCOME_WAGES",
            "INCOME_OTHER", "INCOME_OTHER_INCOME",
            "LOAN_DISBURSEMENTS_OTHER_DISBURSEMENT", "TRANSFER_IN_CASH_ADVANCES_AND_LOANS");

    private static final List<String> BY_LENGTH = PRIMARIES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Pfc() {
    }

    /** The primary of a detailed value, or empty when it starts with no known primary. */
    public static Optional<String> primaryOf(String detailed) {
        return BY_LENGTH.stream().filter(primary -> detailed.startsWith(primary + "_")).findFirst();
    }

    /** A category as a sync in the given version shows it: {primary, detailed}. */
    public record Label(String primary, String detailed) {
    }

    /**
     * The v1 label of a v2 detailed value: the renames of the reference; OTHER_OTHER goes back to
     * TRANSFER_IN/OUT_OTHER_TRANSFER_IN/OUT by the sign of the amount (v1 had no OTHER primary).
     */
    public static Label v1(String detailedV2, boolean moneyIn) {
        String detailed = V2_TO_V1.getOrDefault(detailedV2, detailedV2);
        if (detailedV2.equals("OTHER_OTHER")) {
            detailed = moneyIn ? "TRANSFER_IN_OTHER_TRANSFER_IN" : "TRANSFER_OUT_OTHER_TRANSFER_OUT";
        }
        String primary = primaryOf(detailed).orElse("GENERAL_SERVICES");
        return new Label(primary, detailed);
    }

    public static Label v2(String detailedV2) {
        return new Label(primaryOf(detailedV2).orElse("OTHER"), detailedV2);
    }

    /** Plaid's category icon for a primary. */
    public static String iconUrl(String primary) {
        return "https://plaid-category-icons.plaid.com/PFC_" + primary + ".png";
    }
}
