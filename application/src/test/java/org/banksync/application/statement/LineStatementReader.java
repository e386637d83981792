package org.banksync.application.statement;

import org.banksync.application.statement.port.out.StatementReader;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the real readers, as OFX: a first line {@code OFX <iban>}, then one row per line
 * {@code id;date;amount;text}. Lets the import's rules be tested without a real format.
 */
final class LineStatementReader implements StatementReader {

    @Override
    public TransactionSource format() {
        return TransactionSource.OFX;
    }

    @Override
    public boolean recognizes(byte[] head) {
        return new String(head, StandardCharsets.US_ASCII).startsWith("OFX ");
    }

    @Override
    public Statement read(InputStream content, Target target) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            Iban iban = Iban.of(first.substring(4).strip());
            List<SourceTransaction> rows = new ArrayList<>();
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String[] cells = line.split(";");
                try {
                    rows.add(new SourceTransaction(TransactionSource.OFX, ExternalRef.of(cells[0]), LocalDate.parse(cells[1]),
                            LocalDate.parse(cells[1]), null, Money.of(cells[2], target.currency().code()), cells[3], null,
                            null, null, false, false, null));
                } catch (RuntimeException e) {
                    throw new UnreadableStatement("line " + number, "the row cannot be read: " + e.getMessage());
                }
            }
            return new Statement(iban, rows, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainViolation e) {
            throw new UnreadableStatement("line 1", e.getMessage());
        }
    }
}
