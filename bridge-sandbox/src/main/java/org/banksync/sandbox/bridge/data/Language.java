package org.banksync.sandbox.bridge.data;

import java.util.Locale;

/** The two languages Bridge answers in, picked from Accept-Language (French only when asked for). */
public enum Language {
    FR, EN;

    public static Language fromAcceptLanguage(String header) {
        if (header == null) {
            return EN;
        }
        String first = header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("fr") ? FR : EN;
    }
}
