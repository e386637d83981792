package org.banksync.adapters.fileimport.ofx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The character references OFX's SGML uses ({@code &amp;}, {@code &lt;}, {@code &#233;}, ...); unknown ones stay as written. */
final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0");

    private Entities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(decoded, Matcher.quoteReplacement(replacement(reference.group(1), reference.group())));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String replacement(String name, String written) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x");
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : written;
        }
        return NAMED.getOrDefault(name, written);
    }
}
