package org.banksync.adapters.fileimport.statement;

import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.Iban;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the bank account's statements among a file's: those that name it, else those that cannot be
 * compared when they are all of one account. Refuses a file of other accounts only, or of several
 * accounts it cannot tell apart.
 */
public final class AccountChoice {

    private AccountChoice() {
    }

    /** What was picked: the account's IBAN as the file gives it, the rows, and what was left out. */
    public record Chosen(Iban accountIban, List<RowDraft> drafts, List<String> skipped) {
    }

    /** Picks among {@code parts} (at least one) for the bank account of IBAN {@code target} (null when it has none). */
    public static Chosen choose(List<StatementPart> parts, Iban target) {
        List<StatementPart> kept = withMatch(parts, AccountMatch.SAME);
        if (kept.isEmpty()) {
            kept = withMatch(parts, AccountMatch.UNKNOWN);
        }
        if (kept.isEmpty()) {
            throw new UnreadableStatement(places(parts), "none of the file's statements is of the bank account's IBAN "
                    + target + ": the file holds the statements of " + accounts(parts));
        }
        List<String> keptAccounts = kept.stream().map(StatementPart::account).distinct().toList();
        if (keptAccounts.size() > 1) {
            throw new UnreadableStatement(places(kept), "the file holds the statements of " + keptAccounts.size()
                    + " accounts (" + String.join(", ", keptAccounts) + ") and "
                    + (target == null ? "the bank account has no IBAN to pick its own: give it its IBAN"
                            : "none of them names the bank account's IBAN " + target)
                    + ", or import a file of this account only");
        }
        List<RowDraft> drafts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (StatementPart part : parts) {
            if (kept.contains(part)) {
                drafts.addAll(part.drafts());
                skipped.addAll(part.skipped());
            } else {
                skipped.add(part.place() + ": statement of " + part.account() + ", another account; its "
                        + part.entries() + " entries were not read");
            }
        }
        return new Chosen(kept.get(0).iban(), drafts, skipped);
    }

    /** Where the statements' accounts are named, as the refusal's place. */
    private static String places(List<StatementPart> parts) {
        return parts.stream().map(StatementPart::place).distinct().collect(Collectors.joining(", "));
    }

    private static List<StatementPart> withMatch(List<StatementPart> parts, AccountMatch match) {
        return parts.stream().filter(part -> part.match() == match).toList();
    }

    private static String accounts(List<StatementPart> parts) {
        return parts.stream().map(StatementPart::account).distinct().collect(Collectors.joining(", "));
    }
}
