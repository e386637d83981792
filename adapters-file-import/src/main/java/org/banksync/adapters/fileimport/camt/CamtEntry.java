package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns one {@code Ntry} into rows: one per {@code TxDtls} of a batch whose amounts add up to the
 * entry's, else one for the entry. Information-only entries are left out and said so.
 */
final class CamtEntry {

    private CamtEntry() {
    }

    /** Adds the entry's rows to {@code rows}, or a line to {@code skipped} when it is not to be imported. */
    static void read(Element ntry, String path, List<RowDraft> rows, List<String> skipped) {
        Element amt = CamtFields.required(ntry, path, "Amt", "the entry's amount");
        int direction = CamtFields.direction(ntry, path);
        BigDecimal unsigned = CamtFields.amount(amt, path + "/Amt");
        BigDecimal amount = direction < 0 ? unsigned.negate() : unsigned;
        String currency = CamtFields.currency(amt, path + "/Amt");
        String status = CamtFields.status(ntry, path);
        LocalDate booked = CamtFields.date(ntry.child("BookgDt"), path + "/BookgDt");
        LocalDate value = CamtFields.date(ntry.child("ValDt"), path + "/ValDt");
        if (booked == null && value == null) {
            throw new UnreadableStatement(CamtFields.at(path, ntry), "the entry has neither a BookgDt nor a ValDt,"
                    + " so it has no date");
        }
        if ("INFO".equals(status)) {
            skipped.add(CamtFields.at(path, ntry) + ": information-only entry (Sts INFO) of " + amount.toPlainString()
                    + " " + currency + " on " + (booked != null ? booked : value) + ", not imported");
            return;
        }
        if (!"BOOK".equals(status)) {
            // A statement is the bank's booked record. A pending entry rarely carries the reference its booking will
            // have, so keeping it would leave it beside its own booking once a later statement books it.
            skipped.add(CamtFields.at(path, ntry) + ": " + ("PDNG".equals(status) ? "pending" : "future") + " entry (Sts "
                    + status + ") of " + amount.toPlainString() + " " + currency + " on " + (booked != null ? booked : value)
                    + ", not imported: it is imported from the statement that books it");
            return;
        }
        Booking booking = new Booking(booked != null ? booked : value, booked, value, currency,
                CamtFields.at(path + "/Amt/@Ccy", amt), !"BOOK".equals(status));
        List<CamtTransaction> details = CamtTransaction.all(ntry, path, direction, CamtFields.reversal(ntry));
        String entryRef = ntry.text("AcctSvcrRef");
        String entryCode = CamtFields.bankTransactionCode(ntry);
        String entryInfo = ntry.text("AddtlNtryInf");
        if (isBatch(details, amount, currency)) {
            for (int i = 0; i < details.size(); i++) {
                CamtTransaction detail = details.get(i);
                String id = first(detail.accountServicerRef(), entryRef == null ? null : entryRef + "#" + (i + 1),
                        detail.endToEndKey());
                rows.add(booking.draft(detail.place(), id, detail.amount(), detail.description(),
                        first(detail.additionalInfo(), detail.remittance(), entryInfo),
                        first(detail.bankTransactionCode(), entryCode)));
            }
        } else {
            CamtTransaction single = details.size() == 1 ? details.get(0) : CamtTransaction.NONE;
            String id = first(entryRef, single.accountServicerRef(), single.endToEndKey());
            rows.add(booking.draft(CamtFields.at(path, ntry), id, amount, single.description(),
                    first(entryInfo, single.additionalInfo(), single.remittance()),
                    first(entryCode, single.bankTransactionCode())));
        }
    }

    /** Several details, each with an amount in the entry's currency, adding up to the entry's amount. */
    private static boolean isBatch(List<CamtTransaction> details, BigDecimal amount, String currency) {
        if (details.size() < 2) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CamtTransaction detail : details) {
            if (detail.amount() == null || !currency.equals(detail.currency())) {
                return false;
            }
            sum = sum.add(detail.amount());
        }
        return sum.compareTo(amount) == 0;
    }

    private static String first(String... candidates) {
        return Stream.of(candidates).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** What every row of one entry shares: its dates, currency and status. */
    private record Booking(LocalDate date, LocalDate bookingDate, LocalDate valueDate, String currency,
                           String currencyPlace, boolean pending) {

        RowDraft draft(String place, String id, BigDecimal amount, String description, String raw, String code) {
            return new RowDraft(place, id, date, bookingDate, valueDate, amount, currency, currencyPlace,
                    description, raw, code, pending);
        }
    }
}
