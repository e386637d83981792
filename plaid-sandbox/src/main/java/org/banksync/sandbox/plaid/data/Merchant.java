package org.banksync.sandbox.plaid.data;

import java.math.BigDecimal;

/**
 * A kind of row in the generated history: its cleaned name, merchant, PFCv2 detailed category, payment
 * channel, EU transaction_code, amount range, direction, bank-style raw description template (with
 * {date}, {ref}, {city}, {period}) and, for monthly rows, the day of the month.
 */
public record Merchant(String name, String merchantName, String pfcDetailed, String paymentChannel,
                       String transactionCode, BigDecimal min, BigDecimal max, boolean moneyIn, int dayOfMonth,
                       int weight, String city, String template, String confidenceLevel) {

    public boolean monthly() {
        return dayOfMonth > 0;
    }

    /** Card payments may go through a pending authorisation before they post. */
    public boolean cardLike() {
        return "purchase".equals(transactionCode) || transactionCode == null && !moneyIn && dayOfMonth == 0
                && !"other".equals(paymentChannel);
    }

    /** Parses one line of a catalogue: name|merchant|pfc|channel|code|min|max|in/out|day|weight|city|template. */
    static Merchant parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 12) {
            throw new IllegalArgumentException("12 fields expected: " + line);
        }
        String pfc = f[2];
        String confidence = pfc.startsWith("TRANSFER") || pfc.startsWith("OTHER") ? "MEDIUM"
                : f[1].isEmpty() ? "HIGH" : "VERY_HIGH";
        return new Merchant(f[0], blank(f[1]), pfc, f[3], blank(f[4]), new BigDecimal(f[5]), new BigDecimal(f[6]),
                f[7].equals("in"), Integer.parseInt(f[8]), Integer.parseInt(f[9]), blank(f[10]), f[11], confidence);
    }

    private static String blank(String text) {
        return text.isEmpty() ? null : text;
    }
}
