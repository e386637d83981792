package org.banksync.adapters.fileimport.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The id of a row its file does not identify: a hash of its day, amount, text and its rank among the
 * identical rows before it in the file. Two identical coffees on one day stay two rows, and a file
 * holding the same whole days again (a re-import, an overlapping period) gives the same keys.
 * One instance reads one file: it counts the rows it has seen.
 */
public final class ContentKey {

    private static final int HEX_CHARS = 32;

    private final Map<String, Integer> seen = new HashMap<>();

    /** The key of the file's next row with this day, amount and text. */
    public String next(LocalDate date, BigDecimal amount, String text) {
        String content = date + "|" + amount.stripTrailingZeros().toPlainString() + "|" + normalized(text);
        int rank = seen.merge(content, 1, Integer::sum) - 1;
        return "h:" + sha256Hex(content + "|" + rank).substring(0, HEX_CHARS);
    }

    /** Trimmed, runs of spaces (non-breaking ones too) made one, upper case: how banks vary the same text. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip().toUpperCase(Locale.ROOT);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
