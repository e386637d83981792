package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.DecimalText;
import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one {@code STMTTRN} into a row draft: TRNAMT signed as written (a decimal comma accepted),
 * DTPOSTED's day as written whatever its time zone (the booking day; DTUSER the operation day, DTAVAIL the value day),
 * FITID as its id, NAME (or PAYEE/NAME) and MEMO as texts.
 */
final class OfxTransaction {

    private static final Pattern OFX_DATE = Pattern.compile("(\\d{8})(\\d{4}(\\d{2}(\\.\\d{1,3})?)?)?\\s*(\\[[^]]*])?");

    private OfxTransaction() {
    }

    /**
     * The draft of {@code trn}, the file's transaction {@code path} ("STMTTRN[7]"), whose amount is in the
     * statement's {@code currency} (written at {@code currencyPlace}) unless it names its own.
     */
    static RowDraft draft(Element trn, String path, String currency, String currencyPlace) {
        LocalDate posted = date(required(trn, path, "DTPOSTED", "the day it was posted"), path);
        // DTUSER is the day the user made the transaction (a card payment's day), DTAVAIL the day the funds are
        // available: the first is the operation's date, the second is what a value date means.
        Element user = trn.child("DTUSER");
        LocalDate operationDate = user == null ? posted : date(user, path);
        Element available = trn.child("DTAVAIL");
        LocalDate valueDate = available == null ? null : date(available, path);
        BigDecimal amount = amount(required(trn, path, "TRNAMT", "its signed amount"), path);
        String name = trn.text("NAME") != null ? trn.text("NAME") : trn.text("PAYEE/NAME");
        String memo = trn.text("MEMO");
        Element ownCurrency = trn.child("CURRENCY/CURSYM");
        String rowCurrency = ownCurrency == null ? currency : ownCurrency.text();
        String rowCurrencyPlace = ownCurrency == null ? currencyPlace : at(path + "/CURRENCY/CURSYM", ownCurrency);
        String raw = name != null && memo != null ? name + " " + memo : memo != null ? memo : name;
        return new RowDraft(at(path, trn), trn.text("FITID"), operationDate, posted, valueDate, amount, rowCurrency,
                rowCurrencyPlace, name, raw, trn.text("TRNTYPE"), false);
    }

    private static Element required(Element trn, String path, String name, String meaning) {
        Element child = trn.child(name);
        if (child == null || child.text() == null) {
            throw new UnreadableStatement(at(path, trn), "the transaction has no " + name + " (" + meaning
                    + "), which every OFX STMTTRN must have");
        }
        return child;
    }

    /** {@code YYYYMMDD[HHMMSS[.XXX]][[±h:TZ]]}: the day as written, never moved through the time zone. */
    private static LocalDate date(Element field, String path) {
        String text = field.text() == null ? "" : field.text();
        Matcher date = OFX_DATE.matcher(text);
        try {
            if (date.matches()) {
                return LocalDate.parse(date.group(1), DateTimeFormatter.BASIC_ISO_DATE);
            }
        } catch (DateTimeParseException noSuchDay) {
            // refused below like any other malformed date
        }
        throw new UnreadableStatement(at(path + "/" + field.name(), field), field.name() + " '" + text
                + "' is not an OFX date such as 20260302 or 20260302120000.000[-5:EST]");
    }

    /** A signed amount; a comma is taken as the decimal separator when there is no point, as some French banks write. */
    private static BigDecimal amount(Element field, String path) {
        String text = field.text();
        char decimalSeparator = text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? ',' : '.';
        try {
            return DecimalText.parse(text, decimalSeparator);
        } catch (NumberFormatException notAnAmount) {
            throw new UnreadableStatement(at(path + "/TRNAMT", field), "TRNAMT " + notAnAmount.getMessage());
        }
    }

    private static String at(String path, Element element) {
        return path + " (line " + element.line() + ")";
    }
}
