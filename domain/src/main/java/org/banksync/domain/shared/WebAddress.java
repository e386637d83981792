package org.banksync.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that links shown to users (a bank's website, its logo) are absolute http or https addresses. */
public final class WebAddress {

    private WebAddress() {
    }

    /** Null stays null; anything but an absolute http(s) URI with a host is refused. */
    public static URI check(URI address, String field) {
        if (address == null) {
            return null;
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!address.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || address.getHost() == null) {
            throw new DomainViolation(field, field + " must be an http or https address, was '" + address + "'");
        }
        return address;
    }

    /** Parses text into a checked address; blank becomes null. */
    public static URI parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return check(new URI(text.strip()), field);
        } catch (URISyntaxException malformed) {
            throw new DomainViolation(field, field + " is not a valid address: '" + text + "'");
        }
    }
}
