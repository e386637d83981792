package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the typed fields of a camt.053 entry (amounts, indicators, dates, codes), refusing bad ones with their place. */
final class CamtFields {

    private static final Set<String> STATUSES = Set.of("BOOK", "PDNG", "FUTR", "INFO");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T+\\-Z].*)?");

    private CamtFields() {
    }

    /** The place of an element: its path and the line it starts on, as in "Stmt[1]/Ntry[4]/Amt (line 83)". */
    static String at(String path, Element element) {
        return path + " (line " + element.line() + ")";
    }

    /** The child {@code name} of {@code parent}; refused when missing, saying what it holds. */
    static Element required(Element parent, String parentPath, String name, String meaning) {
        Element child = parent.child(name);
        if (child == null) {
            throw new UnreadableStatement(at(parentPath, parent), "the " + parent.name() + " has no " + name
                    + " (" + meaning + "), which a camt.053 " + parent.name() + " must have");
        }
        return child;
    }

    /** An unsigned amount as ISO writes it (1250.00). */
    static BigDecimal amount(Element amt, String path) {
        String text = amt.text();
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new UnreadableStatement(at(path, amt), "the amount '" + (text == null ? "" : text)
                    + "' is not a decimal number such as 1250.00 (a point before the decimals, no sign)");
        }
        return new BigDecimal(text);
    }

    /** The currency attribute of an amount. */
    static String currency(Element amt, String path) {
        String currency = amt.attribute("Ccy");
        if (currency == null || currency.isBlank()) {
            throw new UnreadableStatement(at(path, amt), "the amount has no Ccy attribute naming its currency");
        }
        return currency.strip();
    }

    /** +1 for CRDT (money in), -1 for DBIT (money out), from the {@code CdtDbtInd} of {@code holder}. */
    static int direction(Element holder, String path) {
        Element indicator = required(holder, path, "CdtDbtInd", "CRDT for money in, DBIT for money out");
        return switch (indicator.text() == null ? "" : indicator.text()) {
            case "CRDT" -> 1;
            case "DBIT" -> -1;
            default -> throw new UnreadableStatement(at(path + "/CdtDbtInd", indicator), "CdtDbtInd is '"
                    + (indicator.text() == null ? "" : indicator.text()) + "'; expected CRDT (money in) or DBIT (money out)");
        };
    }

    /** Whether {@code RvslInd} says the entry reverses an earlier one. */
    static boolean reversal(Element ntry) {
        String indicator = ntry.text("RvslInd");
        return "true".equalsIgnoreCase(indicator) || "1".equals(indicator);
    }

    /** The entry status, BOOK, PDNG, FUTR or INFO: plain text up to .06, {@code <Cd>} inside {@code Sts} from .07. */
    static String status(Element ntry, String path) {
        Element sts = required(ntry, path, "Sts", "the entry's status: BOOK, PDNG or INFO");
        String status = sts.text() != null ? sts.text() : sts.text("Cd");
        if (status == null || !STATUSES.contains(status)) {
            throw new UnreadableStatement(at(path + "/Sts", sts), "the entry status is '" + (status == null ? "" : status)
                    + "'; expected BOOK (booked), PDNG (pending), FUTR (future) or INFO (information only)");
        }
        return status;
    }

    /** The day of a date choice ({@code <Dt>} or {@code <DtTm>}) as written, never moved through a time zone; null when absent. */
    static LocalDate date(Element choice, String path) {
        if (choice == null) {
            return null;
        }
        Element written = choice.child("Dt") != null ? choice.child("Dt") : choice.child("DtTm");
        if (written == null) {
            throw new UnreadableStatement(at(path, choice), "the " + choice.name() + " holds neither a Dt nor a DtTm");
        }
        String text = written.text() == null ? "" : written.text();
        String writtenPath = path + "/" + written.name();
        if (!ISO_DATE_START.matcher(text).matches()) {
            throw new UnreadableStatement(at(writtenPath, written), "'" + text + "' is not an ISO date such as 2026-03-02"
                    + " or date and time such as 2026-03-02T10:15:00+01:00");
        }
        try {
            return LocalDate.parse(text.substring(0, "yyyy-MM-dd".length()));
        } catch (DateTimeParseException noSuchDay) {
            throw new UnreadableStatement(at(writtenPath, written), "'" + text + "' is not a day of the calendar");
        }
    }

    /** The bank transaction code as {@code Domain/Family/SubFamily} (PMNT/RCDT/ESCT), else the proprietary code. */
    static String bankTransactionCode(Element holder) {
        Element code = holder.child("BkTxCd");
        if (code == null) {
            return null;
        }
        String domain = code.text("Domn/Cd");
        String family = code.text("Domn/Fmly/Cd");
        String subFamily = code.text("Domn/Fmly/SubFmlyCd");
        if (domain != null && family != null && subFamily != null) {
            return domain + "/" + family + "/" + subFamily;
        }
        return code.text("Prtry/Cd");
    }
}
