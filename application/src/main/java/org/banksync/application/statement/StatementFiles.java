package org.banksync.application.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.application.statement.port.out.StatementReader;
import org.banksync.application.statement.port.out.StatementReader.Statement;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.TransactionSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an uploaded file into the statement of one bank account: tells the format, finds the CSV
 * layout, reads the file through a size limit and checks that it is this account's statement.
 * Reads only; every refusal is an {@link UnreadableStatement} naming the place.
 */
@ApplicationScoped
public class StatementFiles {

    /** Files above this size are refused before they are read to the end. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int HEAD_BYTES = 4096;

    private BankAccountRepository accounts;
    private CsvLayoutRepository layouts;
    private final Map<TransactionSource, StatementReader> readers = new EnumMap<>(TransactionSource.class);

    protected StatementFiles() {
    }

    @Inject
    public StatementFiles(BankAccountRepository accounts, CsvLayoutRepository layouts, Instance<StatementReader> readers) {
        this(accounts, layouts, (Iterable<StatementReader>) readers);
    }

    public StatementFiles(BankAccountRepository accounts, CsvLayoutRepository layouts, Iterable<StatementReader> readers) {
        this.accounts = accounts;
        this.layouts = layouts;
        readers.forEach(reader -> this.readers.put(reader.format(), reader));
    }

    /** What was read, with the account it is for and the format and layout it was read with. */
    public record ReadStatement(BankAccount account, TransactionSource format, CsvLayout layout, Statement statement) {
    }

    public BankAccount account(ImportStatementCommand command) {
        return accounts.findById(command.bankAccountId()).orElseThrow(() -> new NotFound("bank account", command.bankAccountId()));
    }

    /** Reads and checks the file; whatever makes it unimportable, a reader's refusal or a value the domain refuses, is an {@link UnreadableStatement}. */
    public ReadStatement read(BankAccount account, ImportStatementCommand command) {
        try {
            return readChecked(account, command);
        } catch (DomainViolation violation) {
            throw new UnreadableStatement(violation.field(), violation.getMessage(), violation);
        }
    }

    private ReadStatement readChecked(BankAccount account, ImportStatementCommand command) {
        TransactionSource format = command.format() != null ? command.format() : recognise(command);
        StatementReader reader = readers.get(format);
        if (reader == null) {
            throw new UnreadableStatement(null, "this server has no reader for " + format.wireName() + " files");
        }
        CsvLayout layout = null;
        if (format == TransactionSource.CSV) {
            layout = command.csvLayout() != null ? command.csvLayout() : layouts.find(account.id()).orElseThrow(() ->
                    new UnreadableStatement(null, "a CSV file needs its column layout (date, amount, description columns, "
                            + "date format, decimal separator); none is saved for this bank account yet"));
        }
        Statement statement;
        try (InputStream in = new SizeLimitedInputStream(command.content().open(), MAX_BYTES)) {
            statement = reader.read(in, new StatementReader.Target(account.iban(), account.currency(), layout));
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
        if (account.iban() != null && statement.accountIban() != null && !account.iban().equals(statement.accountIban())) {
            throw new UnreadableStatement("account", "the file is a statement of account " + statement.accountIban().formatted()
                    + ", not of this bank account (" + account.iban().formatted() + ")");
        }
        return new ReadStatement(account, format, layout, statement);
    }

    private TransactionSource recognise(ImportStatementCommand command) {
        byte[] head;
        try (InputStream in = command.content().open()) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
        if (head.length == 0) {
            throw new UnreadableStatement(null, "the file is empty");
        }
        List<String> known = new ArrayList<>();
        for (StatementReader reader : readers.values()) {
            if (reader.recognizes(head)) {
                return reader.format();
            }
            known.add(reader.format().wireName());
        }
        if (command.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") && readers.containsKey(TransactionSource.CSV)) {
            return TransactionSource.CSV;
        }
        throw new UnreadableStatement(null, "the file is not in a format this server recognises (" + String.join(", ", known)
                + "); for a CSV file, name it .csv or choose the format");
    }
}
