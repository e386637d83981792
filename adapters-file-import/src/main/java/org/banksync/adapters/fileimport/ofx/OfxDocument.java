package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.AccountMatch;
import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.adapters.fileimport.statement.StatementPart;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.Iban;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks an OFX body as a stream of events: each bank ({@code STMTRS}) or credit-card ({@code CCSTMTRS})
 * statement with its currency ({@code CURDEF}) and account, which come before its transactions, and
 * each {@code STMTTRN} read on its own, or only counted when the statement is another account's.
 */
final class OfxDocument {

    private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS");

    private final OfxTokens tokens;
    private final Iban target;
    private final List<StatementPart> parts = new ArrayList<>();
    private int transactions;

    OfxDocument(OfxTokens tokens, Iban target) {
        this.tokens = tokens;
        this.target = target;
    }

    /** Every statement of the file. */
    List<StatementPart> read() {
        OfxToken first = tokens.next();
        if (first == null || !first.isStart("OFX")) {
            throw new UnreadableStatement(first == null ? null : "line " + first.line(), "this is not an OFX file: its"
                    + " body should start with <OFX>" + (first == null ? " but is empty" : ", not " + first.shown()));
        }
        for (OfxToken token = tokens.next(); token != null; token = tokens.next()) {
            if (token.kind() == OfxToken.Kind.START && STATEMENTS.contains(token.name())) {
                parts.add(statement(token));
            }
        }
        if (parts.isEmpty()) {
            throw new UnreadableStatement(null, "the OFX file holds no bank statement (STMTRS) and no credit-card"
                    + " statement (CCSTMTRS)");
        }
        return parts;
    }

    private StatementPart statement(OfxToken start) {
        String place = start.name() + " (line " + start.line() + ")";
        OfxAccount account = OfxAccount.UNNAMED;
        String currency = null;
        String currencyPlace = null;
        List<RowDraft> drafts = new ArrayList<>();
        int entries = 0;
        Deque<String> open = new ArrayDeque<>();
        open.push(start.name());
        while (!open.isEmpty()) {
            OfxToken token = tokens.next();
            if (token == null) {
                throw new UnreadableStatement(place, "the file ends inside <" + start.name() + ">: the OFX is cut short");
            }
            switch (token.kind()) {
                case START -> {
                    if (token.isStart("BANKACCTFROM") || token.isStart("CCACCTFROM")) {
                        account = OfxAccount.of(tokens.subtree(token), target);
                    } else if (token.isStart("STMTTRN")) {
                        entries++;
                        String path = "STMTTRN[" + ++transactions + "]";
                        Element transaction = tokens.subtree(token);
                        if (account.match() != AccountMatch.OTHER) {
                            drafts.add(OfxTransaction.draft(transaction, path, currency, currencyPlace));
                        }
                    } else {
                        open.push(token.name());
                    }
                }
                case TEXT -> {
                    if ("CURDEF".equals(open.peek()) && open.size() == 2) {
                        currency = token.text();
                        currencyPlace = start.name() + "/CURDEF (line " + token.line() + ")";
                    }
                }
                case END -> open.pop();
            }
        }
        return new StatementPart(place, account.label(), account.iban(), account.match(), drafts, List.of(), entries);
    }
}
