package org.banksync.adapters.web.ui.statement;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.upload.UploadedFile;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.in.FindCsvLayoutQuery;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.in.ImportStatementUseCase;
import org.banksync.application.statement.port.in.PreviewStatementUseCase;
import org.banksync.application.statement.port.in.PreviewStatementUseCase.StatementPreview;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.transaction.TransactionSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Backs "Import a statement" on a bank account: the user chooses a file (and for CSV its layout),
 * sees what it would import, then confirms. The upload waits in a temporary file between the two.
 */
@Named
@ViewScoped
public class StatementImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindBankAccountsQuery accounts;
    private FindCsvLayoutQuery layouts;
    private PreviewStatementUseCase previews;
    private ImportStatementUseCase importer;

    private String accountId;
    private String accountName;
    private String accountIban;
    private String accountCurrency;
    private boolean accountLinked;
    private transient Part file;
    private String format = "";
    private final CsvLayoutForm csv = new CsvLayoutForm();
    private UploadedFile upload;
    private PreviewSummary preview;
    private String importedRunId;
    private boolean layoutSaved;

    protected StatementImportPage() {
    }

    @Inject
    public StatementImportPage(FindBankAccountsQuery accounts, FindCsvLayoutQuery layouts, PreviewStatementUseCase previews,
                               ImportStatementUseCase importer) {
        this.accounts = accounts;
        this.layouts = layouts;
        this.previews = previews;
        this.importer = importer;
    }

    /** f:viewAction: the account, and its saved CSV layout in the form. */
    public String open() {
        try {
            BankAccount account = accounts.get(BankAccountId.parse(accountId));
            accountName = account.name();
            accountIban = account.iban() == null ? null : account.iban().formatted();
            accountCurrency = account.currency().code();
            accountLinked = account.isLinked();
            layouts.savedLayout(account.id()).ifPresent(layout -> {
                csv.fill(layout);
                layoutSaved = true;
            });
            return null;
        } catch (NotFound | DomainViolation | NullPointerException e) {
            return "/not-found";
        }
    }

    /** Reads the chosen file as an import would and shows what it would do. */
    public void preview() {
        preview = null;
        importedRunId = null;
        if (file != null && file.getSize() > 0) {
            discardUpload();
            try (InputStream content = file.getInputStream()) {
                upload = UploadedFile.copyOf(file.getSubmittedFileName(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (upload == null) {
            FacesMessages.error("upload:file", FacesMessages.text("import.noFile"));
            return;
        }
        ImportStatementCommand command = command();
        if (command == null) {
            return;
        }
        switch (previews.preview(command)) {
            case PreviewStatementUseCase.Ready ready -> preview = PreviewSummary.of(ready);
            case PreviewStatementUseCase.Refused refused -> refusal(refused.place(), refused.detail());
        }
    }

    /** Imports the previewed file. */
    public void confirm() {
        ImportStatementCommand command = upload == null ? null : command();
        if (command == null) {
            return;
        }
        try {
            ImportStatementUseCase.ImportOutcome outcome = importer.importStatement(command);
            SyncRun run = outcome.run();
            switch (outcome) {
                case ImportStatementUseCase.Imported imported -> {
                    importedRunId = run.id().toString();
                    FacesMessages.info("import.done", upload.name(), run.progress().created(), run.progress().updated(),
                            run.progress().unchanged());
                    preview = null;
                    discardUpload();
                }
                case ImportStatementUseCase.Refused refused -> refusal(refused.place(), refused.detail());
            }
        } catch (Conflict conflict) {
            FacesMessages.error(null, conflict.getMessage());
        }
    }

    /** Forgets the file and its preview. */
    public void cancel() {
        preview = null;
        discardUpload();
    }

    private ImportStatementCommand command() {
        try {
            TransactionSource chosen = format == null || format.isBlank() ? null : TransactionSource.fromWireName(format);
            CsvLayout layout = chosen == TransactionSource.CSV || isCsvName() ? csv.toLayout() : null;
            return new ImportStatementCommand(BankAccountId.parse(accountId), upload.name(), upload.content(), chosen, layout);
        } catch (DomainViolation violation) {
            FacesMessages.violation("upload", violation);
            return null;
        }
    }

    private boolean isCsvName() {
        return upload != null && upload.name() != null && upload.name().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                && (format == null || format.isBlank());
    }

    private void refusal(String place, String detail) {
        FacesMessages.error(null, place == null ? FacesMessages.text("import.refused", detail)
                : FacesMessages.text("import.refusedAt", place, detail));
    }

    @PreDestroy
    void discardUpload() {
        if (upload != null) {
            upload.close();
            upload = null;
        }
    }

    /** The CSV layout starts unfolded when it matters: a CSV file or format chosen, or a layout saved for the account. */
    public boolean isCsvLayoutOpen() {
        return layoutSaved || "csv".equals(format) || (upload != null && upload.name() != null
                && upload.name().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"));
    }

    public boolean isPreviewReady() {
        return preview != null;
    }

    public PreviewSummary getPreview() {
        return preview;
    }

    /** "n new, n updated, n already there" of the preview. */
    public String getEffect() {
        return preview == null ? null : FacesMessages.text("import.effectText", preview.toCreate(), preview.toUpdate(), preview.unchanged());
    }

    public String getImportedRunId() {
        return importedRunId;
    }

    public String getUploadName() {
        return upload == null ? null : upload.name();
    }

    public List<String> getFormats() {
        return List.of("camt053", "ofx", "csv");
    }

    public String getAccountId() { return accountId; }
    public void setAccountId(String accountId) { this.accountId = accountId; }
    public String getAccountName() { return accountName; }
    public String getAccountIban() { return accountIban; }
    public String getAccountCurrency() { return accountCurrency; }
    /** The account is fed by an aggregator too: the same days imported from a file would appear twice. */
    public boolean isAccountLinked() { return accountLinked; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public CsvLayoutForm getCsv() { return csv; }
}
