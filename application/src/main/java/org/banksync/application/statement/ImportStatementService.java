package org.banksync.application.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.in.ImportStatementUseCase;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.account.BankAccount;

import java.util.logging.Logger;

/**
 * Imports a statement file: read and checked first, outside any transaction, then stored whole in
 * one. A refused file is recorded in the history as a FAILED run and imports nothing.
 */
@ApplicationScoped
public class ImportStatementService implements ImportStatementUseCase {

    private static final Logger LOG = Logger.getLogger(ImportStatementService.class.getName());

    private StatementFiles files;
    private StatementSteps steps;

    protected ImportStatementService() {
    }

    @Inject
    public ImportStatementService(StatementFiles files, StatementSteps steps) {
        this.files = files;
        this.steps = steps;
    }

    @Override
    public ImportOutcome importStatement(ImportStatementCommand command) {
        BankAccount account = files.account(command);
        StatementFiles.ReadStatement read;
        try {
            read = files.read(account, command);
        } catch (UnreadableStatement refusal) {
            LOG.info(() -> "Statement " + command.fileName() + " refused for account " + account.id() + " at "
                    + refusal.place() + ": " + refusal.detail());
            return new Refused(steps.refuse(account.id(), refusal), refusal.place(), refusal.detail());
        }
        Imported imported = new Imported(steps.ingest(read));
        LOG.info(() -> "Statement " + command.fileName() + " (" + read.format().wireName() + ") imported into account "
                + account.id() + ": " + imported.run().progress());
        return imported;
    }
}
