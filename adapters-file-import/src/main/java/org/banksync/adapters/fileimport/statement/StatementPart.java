package org.banksync.adapters.fileimport.statement;

import org.banksync.domain.shared.Iban;

import java.util.List;
import java.util.Objects;

/**
 * One account's statement inside a file (a CAMT {@code Stmt}, an OFX {@code STMTRS}) with the rows read
 * from it; the rows of another account's statement are not read, only counted.
 *
 * @param account how the file names the account, for messages
 * @param iban    the account's IBAN when the file gives one (or it was matched through a French RIB)
 * @param entries how many entries the statement holds, read or not
 */
public record StatementPart(String place, String account, Iban iban, AccountMatch match,
                            List<RowDraft> drafts, List<String> skipped, int entries) {

    public StatementPart {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(match, "match");
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
    }
}
