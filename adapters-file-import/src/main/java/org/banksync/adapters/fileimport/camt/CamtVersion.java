package org.banksync.adapters.fileimport.camt;

import org.banksync.application.statement.port.out.UnreadableStatement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which ISO 20022 message a document's namespace names; refuses all but the camt.053 versions read here (.02 to .13). */
final class CamtVersion {

    static final int OLDEST = 2;
    static final int NEWEST = 13;
    private static final Pattern ISO_MESSAGE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3})\\.(\\d{3})\\.(\\d{2})");
    private static final String EXPECTED = "a camt.053 statement is a <Document> in the namespace"
            + " urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN";

    private CamtVersion() {
    }

    /** The version the root element declares (2 for camt.053.001.02). */
    static int of(String rootName, String namespace) {
        Matcher iso = ISO_MESSAGE.matcher(namespace == null ? "" : namespace);
        if (!iso.matches()) {
            throw new UnreadableStatement(null, "unsupported file: its root element is <" + rootName + ">"
                    + (namespace == null || namespace.isEmpty() ? " without a namespace" : " in the namespace " + namespace)
                    + "; " + EXPECTED);
        }
        String message = iso.group(1);
        switch (message) {
            case "camt.052" -> throw new UnreadableStatement(null, "this is a camt.052 report, not a camt.053 statement:"
                    + " ask the bank for its end-of-day statement (camt.053)");
            case "camt.054" -> throw new UnreadableStatement(null, "this is a camt.054 debit/credit notification, not a"
                    + " camt.053 statement: ask the bank for its end-of-day statement (camt.053)");
            case "camt.053" -> {
                // read below
            }
            default -> throw new UnreadableStatement(null, "unsupported message " + message
                    + ": only camt.053 statements are imported; " + EXPECTED);
        }
        int version = Integer.parseInt(iso.group(3));
        if (!"001".equals(iso.group(2)) || version < OLDEST || version > NEWEST) {
            throw new UnreadableStatement(null, "unsupported camt.053 version " + message + "." + iso.group(2) + "."
                    + iso.group(3) + ": versions camt.053.001.02 to camt.053.001.13 are read");
        }
        if (!"Document".equals(rootName)) {
            throw new UnreadableStatement(null, "unsupported file: its root element is <" + rootName + ">; " + EXPECTED);
        }
        return version;
    }
}
