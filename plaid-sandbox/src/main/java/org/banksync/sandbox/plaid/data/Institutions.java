package org.banksync.sandbox.plaid.data;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox's banks. ins_109508 (First Platypus Bank), ins_109511 (Tartan Bank), ins_117650 and
 * ins_132361 are Plaid Sandbox ids from the reference; ins_900101 is chosen here for a French bank.
 */
public final class Institutions {

    public static final String FIRST_PLATYPUS = "ins_109508";
    public static final String FRENCH_BANK = "ins_900101";
    public static final String UK_BANK = "ins_117650";
    public static final String US_BANK = "ins_109511";
    public static final String DOWN_BANK = "ins_132361";

    private static final List<Institution> ALL = List.of(
            new Institution(FIRST_PLATYPUS, "First Platypus Bank", Institution.ALL_COUNTRIES, false, false, null,
                    List.of(new Institution.AccountTemplate("Platypus Checking EUR", "First Platypus Euro Checking",
                                    "checking", "EUR", 1.0),
                            new Institution.AccountTemplate("Platypus Current GBP", "First Platypus Sterling Current Account",
                                    "checking", "GBP", 1.0),
                            new Institution.AccountTemplate("Platypus Checking USD", "First Platypus Dollar Checking",
                                    "checking", "USD", 1.0)),
                    new Institution.Codes("16958", "00010", "FPLAFRPPXXX", "FPLA", "20", "02100")),
            new Institution(FRENCH_BANK, "Banque Ornithorynque", List.of("FR"), true, false, 180,
                    List.of(new Institution.AccountTemplate("Compte Courant", "Compte de dépôt Ornithorynque",
                                    "checking", "EUR", 1.0),
                            new Institution.AccountTemplate("Livret A", "Livret A Ornithorynque", "savings", "EUR", 0.2)),
                    new Institution.Codes("12739", "00042", "ORNIFRPPXXX", null, null, null)),
            new Institution(UK_BANK, "Royal Bank of Plaid", List.of("GB"), true, false, 180,
                    List.of(new Institution.AccountTemplate("Current Account", "Royal Plaid Select Current Account",
                                    "checking", "GBP", 1.0),
                            new Institution.AccountTemplate("Instant Saver", "Royal Plaid Instant Saver", "savings",
                                    "GBP", 0.2)),
                    new Institution.Codes(null, null, "RBPLGB2LXXX", "RBPL", "60", null)),
            new Institution(US_BANK, "Tartan Bank", List.of("US", "CA"), false, false, null,
                    List.of(new Institution.AccountTemplate("Tartan Checking", "Tartan Bank Everyday Checking",
                                    "checking", "USD", 1.0),
                            new Institution.AccountTemplate("Tartan Savings", "Tartan Bank High Yield Savings",
                                    "savings", "USD", 0.2)),
                    new Institution.Codes(null, null, null, null, null, "01100")),
            new Institution(DOWN_BANK, "Unhealthy Platypus Bank", Institution.ALL_COUNTRIES, false, true, null,
                    List.of(), new Institution.Codes(null, null, null, null, null, null)));

    private Institutions() {
    }

    public static List<Institution> all() {
        return ALL;
    }

    public static Optional<Institution> byId(String id) {
        return ALL.stream().filter(institution -> institution.institutionId().equals(id)).findFirst();
    }

    /** The banks serving at least one of the countries, in the order above. */
    public static List<Institution> forCountries(List<String> countries) {
        return ALL.stream().filter(institution -> institution.servesAny(countries)).toList();
    }
}
