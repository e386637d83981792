package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One kind of bank line: its operation type, clean label, raw label template, leaf category and amount
 * range in cents (negative = money out). Templates use {date} {dm} {city} {month} {year} {n} {ref}
 * {last4} {bank}, filled from the row's random stream.
 */
public record Label(String operationType, String clean, String raw, long categoryId, long minCents, long maxCents,
                    boolean roundTens) {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] CITIES = {"PARIS", "PARIS 15", "LYON", "BORDEAUX", "NANTES", "LILLE", "MARSEILLE",
        "TOULOUSE", "RENNES", "BOULOGNE BILL", "MONTREUIL", "STRASBOURG"};

    /** Shorthand for a label with a free amount range. */
    static Label of(String type, String clean, String raw, long category, long minCents, long maxCents) {
        return new Label(type, clean, raw, category, minCents, maxCents, false);
    }

    public BigDecimal amount(SplittableRandom rng) {
        long cents = minCents == maxCents ? minCents : rng.nextLong(minCents, maxCents + 1);
        if (roundTens) {
            cents = cents / 1000 * 1000;
            if (cents == 0) {
                cents = minCents < 0 ? -1000 : 1000;
            }
        }
        return BigDecimal.valueOf(cents, 2);
    }

    /** The values one row fills its labels with, drawn once so the clean and raw labels agree. */
    public record Values(LocalDate date, String city, String number, String reference, String last4, String bank) {
    }

    public static Values draw(LocalDate operationDate, SplittableRandom rng, String last4, String bankName) {
        return new Values(operationDate, CITIES[rng.nextInt(CITIES.length)],
                Integer.toString(1_000_000 + rng.nextInt(9_000_000)),
                Long.toString(rng.nextLong(100_000_000_000L, 999_999_999_999L), 36).toUpperCase(Locale.ROOT),
                last4, bankName.toUpperCase(Locale.ROOT));
    }

    public String rawText(Values values) {
        return fill(raw, values);
    }

    public String cleanText(Values values) {
        return fill(clean, values);
    }

    /** Bank statements are upper case without accents: "décembre" becomes "DECEMBRE". */
    private static String bankCase(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }

    private static String fill(String template, Values v) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template
                .replace("{date}", DAY_MONTH_YEAR.format(v.date()))
                .replace("{dm}", DAY_MONTH.format(v.date()))
                .replace("{city}", v.city())
                .replace("{month}", bankCase(v.date().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH)))
                .replace("{year}", Integer.toString(v.date().getYear()))
                .replace("{n}", v.number())
                .replace("{ref}", v.reference())
                .replace("{last4}", v.last4())
                .replace("{bank}", v.bank());
    }
}
