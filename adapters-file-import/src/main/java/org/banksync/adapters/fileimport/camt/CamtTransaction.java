package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One {@code TxDtls} of an entry: its own signed amount when it gives one ({@code Amt} from .03, else
 * {@code AmtDtls/TxAmt/Amt}), its references, and its texts.
 *
 * @param description the counterparty's name, then the remittance text
 */
record CamtTransaction(String place, BigDecimal amount, String currency, String accountServicerRef, String endToEndId,
                       String description, String additionalInfo, String remittance, String bankTransactionCode) {

    /** No transaction details at all: every field null. */
    static final CamtTransaction NONE = new CamtTransaction(null, null, null, null, null, null, null, null, null);

    private static final String NOT_PROVIDED = "NOTPROVIDED";

    /** Every TxDtls of the entry, in file order; a detail without its own CdtDbtInd goes the entry's way. */
    static List<CamtTransaction> all(Element ntry, String entryPath, int entryDirection, boolean reversal) {
        List<Element> details = ntry.all("NtryDtls/TxDtls");
        List<CamtTransaction> transactions = new ArrayList<>(details.size());
        for (int i = 0; i < details.size(); i++) {
            String path = entryPath + "/NtryDtls/TxDtls[" + (i + 1) + "]";
            transactions.add(of(details.get(i), path, entryDirection, reversal));
        }
        return transactions;
    }

    /** {@code e2e:} and the EndToEndId, or null when there is none. */
    String endToEndKey() {
        return endToEndId == null ? null : "e2e:" + endToEndId;
    }

    private static CamtTransaction of(Element txDtls, String path, int entryDirection, boolean reversal) {
        int direction = txDtls.child("CdtDbtInd") != null ? CamtFields.direction(txDtls, path) : entryDirection;
        String amountPath = txDtls.child("Amt") != null ? "Amt" : "AmtDtls/TxAmt/Amt";
        Element amt = txDtls.child(amountPath);
        BigDecimal amount = null;
        String currency = null;
        if (amt != null) {
            BigDecimal unsigned = CamtFields.amount(amt, path + "/" + amountPath);
            amount = direction < 0 ? unsigned.negate() : unsigned;
            currency = CamtFields.currency(amt, path + "/" + amountPath);
        }
        // the related parties of a reversal are those of the payment it reverses
        boolean paidOut = direction < 0 != reversal;
        String counterparty = party(txDtls, paidOut ? "Cdtr" : "Dbtr");
        String remittance = joined(txDtls.all("RmtInf/Ustrd").stream().map(Element::text));
        String endToEnd = txDtls.text("Refs/EndToEndId");
        return new CamtTransaction(CamtFields.at(path, txDtls), amount, currency, txDtls.text("Refs/AcctSvcrRef"),
                NOT_PROVIDED.equalsIgnoreCase(endToEnd) ? null : endToEnd,
                joined(Stream.of(counterparty, remittance)), txDtls.text("AddtlTxInf"), remittance,
                CamtFields.bankTransactionCode(txDtls));
    }

    /** The party's name: {@code Cdtr/Nm} up to .07, {@code Cdtr/Pty/Nm} from .08. */
    private static String party(Element txDtls, String role) {
        String name = txDtls.text("RltdPties/" + role + "/Nm");
        return name != null ? name : txDtls.text("RltdPties/" + role + "/Pty/Nm");
    }

    private static String joined(Stream<String> texts) {
        String joined = texts.filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
