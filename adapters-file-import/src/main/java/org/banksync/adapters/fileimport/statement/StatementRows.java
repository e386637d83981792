package org.banksync.adapters.fileimport.statement;

import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.util.ArrayList;
import java.util.List;

/** Turns a file's row drafts into domain rows: refuses another currency than the account's, gives each row its external id. */
public final class StatementRows {

    private StatementRows() {
    }

    /** The rows of the drafts in file order, or the first draft that cannot be imported as an {@link UnreadableStatement}. */
    public static List<SourceTransaction> assemble(TransactionSource source, CurrencyCode accountCurrency,
                                                   List<RowDraft> drafts) {
        ContentKey keys = new ContentKey();
        List<SourceTransaction> rows = new ArrayList<>(drafts.size());
        for (RowDraft draft : drafts) {
            requireCurrency(draft, accountCurrency);
            String key = keys.next(draft.date(), draft.amount(), draft.keyText());
            rows.add(row(source, draft, draft.ownId() != null ? draft.ownId() : key, accountCurrency));
        }
        return rows;
    }

    private static void requireCurrency(RowDraft draft, CurrencyCode accountCurrency) {
        if (draft.currency() == null) {
            return;
        }
        CurrencyCode currency;
        try {
            currency = CurrencyCode.of(draft.currency());
        } catch (DomainViolation notACurrency) {
            throw new UnreadableStatement(draft.currencyPlace(), notACurrency.getMessage());
        }
        if (!currency.equals(accountCurrency)) {
            throw new UnreadableStatement(draft.currencyPlace(),
                    "the entry is in " + currency + ", the bank account in " + accountCurrency
                            + "; import this file into the bank account kept in " + currency);
        }
    }

    private static SourceTransaction row(TransactionSource source, RowDraft draft, String externalId,
                                         CurrencyCode currency) {
        try {
            return new SourceTransaction(source, ExternalRef.of(externalId), draft.date(), draft.bookingDate(),
                    draft.valueDate(), new Money(draft.amount(), currency), draft.description(),
                    draft.rawDescription(), draft.operationType(), null, draft.pending(), false, null);
        } catch (DomainViolation refused) {
            throw new UnreadableStatement(draft.place(), "the row cannot be imported: " + refused.getMessage());
        }
    }
}
