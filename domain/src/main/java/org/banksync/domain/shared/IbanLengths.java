package org.banksync.domain.shared;

import java.util.Map;

/** IBAN lengths per country from the SWIFT IBAN registry (SEPA countries, GB and other common ones). */
final class IbanLengths {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            // SEPA
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22),
            // other registry countries
            Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AZ", 28), Map.entry("BA", 20),
            Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CR", 22),
            Map.entry("DO", 28), Map.entry("EG", 29), Map.entry("FO", 18), Map.entry("GE", 22),
            Map.entry("GL", 18), Map.entry("GT", 28), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MU", 30), Map.entry("PK", 24), Map.entry("PS", 29),
            Map.entry("QA", 29), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31),
            Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VG", 24), Map.entry("XK", 20));

    private IbanLengths() {
    }

    /** The registered length, or null for a country this table does not know. */
    static Integer of(String countryCode) {
        return LENGTHS.get(countryCode);
    }
}
