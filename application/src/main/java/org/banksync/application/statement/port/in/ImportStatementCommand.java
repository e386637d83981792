package org.banksync.application.statement.port.in;

import org.banksync.application.statement.CsvLayout;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;
import org.banksync.domain.transaction.TransactionSource;

/**
 * A statement file to import into a bank account. {@code format} may be null (recognised from the
 * file's first bytes, or its name for CSV); {@code csvLayout} may be null for a CSV file when the
 * account has a saved one.
 */
public record ImportStatementCommand(BankAccountId bankAccountId, String fileName, StatementContent content,
                                     TransactionSource format, CsvLayout csvLayout) {

    public static final int FILE_NAME_MAX_LENGTH = 255;

    public ImportStatementCommand {
        Require.present(bankAccountId, "bankAccountId");
        Require.present(content, "file");
        fileName = fileName == null || fileName.isBlank() ? "statement" : fileName.strip();
        if (fileName.length() > FILE_NAME_MAX_LENGTH) {
            fileName = fileName.substring(fileName.length() - FILE_NAME_MAX_LENGTH);
        }
        if (format == TransactionSource.BRIDGE || format == TransactionSource.PLAID) {
            throw new DomainViolation("format", "format must be one of camt053, ofx, csv");
        }
    }
}
