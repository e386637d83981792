package org.banksync.application.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.in.PreviewStatementUseCase;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionUpsertDecision.Action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** Reads a statement file as an import would and tells what it would do, storing nothing. */
@ApplicationScoped
public class PreviewStatementService implements PreviewStatementUseCase {

    static final int ROWS_SHOWN = 50;

    private StatementFiles files;
    private StatementSteps steps;

    protected PreviewStatementService() {
    }

    @Inject
    public PreviewStatementService(StatementFiles files, StatementSteps steps) {
        this.files = files;
        this.steps = steps;
    }

    @Override
    public StatementPreview preview(ImportStatementCommand command) {
        BankAccount account = files.account(command);
        StatementFiles.ReadStatement read;
        try {
            read = files.read(account, command);
        } catch (UnreadableStatement refusal) {
            return new Refused(refusal.place(), refusal.detail());
        }
        var rows = read.statement().rows();
        Map<Action, Integer> counts = steps.classify(account.id(), read.format(), rows);
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        for (SourceTransaction row : rows) {
            if (row.amount() != null && row.amount().isNegative()) {
                out = out.add(row.amount().amount());
            } else if (row.amount() != null) {
                in = in.add(row.amount().amount());
            }
        }
        LocalDate from = rows.stream().map(SourceTransaction::effectiveBookingDate).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate to = rows.stream().map(SourceTransaction::effectiveBookingDate).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return new Ready(read.format(), read.statement().accountIban(), rows.size(), rows.subList(0, Math.min(ROWS_SHOWN, rows.size())),
                from, to, new Money(in, account.currency()), new Money(out, account.currency()),
                counts.get(Action.CREATE), counts.get(Action.UPDATE), counts.get(Action.UNCHANGED), read.statement().skipped());
    }
}
