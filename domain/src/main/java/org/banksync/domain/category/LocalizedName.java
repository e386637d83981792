package org.banksync.domain.category;

import java.util.Locale;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/** A name in French and English; one may be missing, and reading it falls back to the other. */
public record LocalizedName(String fr, String en) {

    public static final int MAX_LENGTH = 200;

    public LocalizedName {
        fr = Require.optionalText(fr, "names.fr", MAX_LENGTH);
        en = Require.optionalText(en, "names.en", MAX_LENGTH);
        if (fr == null && en == null) {
            throw new DomainViolation("name", "a category needs a name in French or English");
        }
    }

    /** The same name in both languages. */
    public static LocalizedName of(String name) {
        return new LocalizedName(name, name);
    }

    /** The name in the locale's language (French or English), else the other one. */
    public String in(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        if (french) {
            return fr != null ? fr : en;
        }
        return en != null ? en : fr;
    }
}
