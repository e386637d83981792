package org.banksync.adapters.fileimport.statement;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as banks print them: the decimal separator the file uses, thousands grouped by spaces
 * (non-breaking ones too) or by the other of {@code .} and {@code ,}, and a sign in front, behind, or as
 * parentheses. Grouping must come in threes, so that {@code 12.50} is not read as 1250 when the decimal
 * separator is a comma.
 */
public final class DecimalText {

    private static final String SPACES = "[ \\u00A0\\u2007\\u202F]";
    private static final Pattern DECIMAL_COMMA = number(',', '.');
    private static final Pattern DECIMAL_POINT = number('.', ',');

    private DecimalText() {
    }

    /** The signed amount; {@link NumberFormatException} with a sentence saying what was expected. */
    public static BigDecimal parse(String text, char decimalSeparator) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("the amount is empty");
        }
        String unsigned = text.strip();
        boolean negative = false;
        if (unsigned.startsWith("(") && unsigned.endsWith(")")) {
            negative = true;
            unsigned = unsigned.substring(1, unsigned.length() - 1).strip();
        } else if (unsigned.endsWith("-")) {
            negative = true;
            unsigned = unsigned.substring(0, unsigned.length() - 1).strip();
        } else if (unsigned.startsWith("-") || unsigned.startsWith("+")) {
            negative = unsigned.startsWith("-");
            unsigned = unsigned.substring(1).strip();
        }
        char grouping = decimalSeparator == ',' ? '.' : ',';
        Pattern number = decimalSeparator == ',' ? DECIMAL_COMMA : DECIMAL_POINT;
        if (!number.matcher(unsigned).matches()) {
            throw new NumberFormatException("'" + text.strip() + "' is not an amount with '" + decimalSeparator
                    + "' as the decimal separator (such as -1" + grouping + "234" + decimalSeparator + "56 or 1 234"
                    + decimalSeparator + "56)");
        }
        String plain = unsigned.replaceAll(SPACES, "").replace(String.valueOf(grouping), "")
                .replace(decimalSeparator, '.');
        BigDecimal amount = new BigDecimal(plain.startsWith(".") ? "0" + plain : plain);
        return negative ? amount.negate() : amount;
    }

    private static Pattern number(char decimalSeparator, char grouping) {
        String decimal = Pattern.quote(String.valueOf(decimalSeparator));
        String group = "(?:" + SPACES + "|" + Pattern.quote(String.valueOf(grouping)) + ")";
        return Pattern.compile("(?:\\d{1,3}(?:" + group + "\\d{3})+|\\d+)(?:" + decimal + "\\d+)?|" + decimal + "\\d+");
    }
}
