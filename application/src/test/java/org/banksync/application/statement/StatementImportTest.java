package org.banksync.application.statement;

import org.banksync.application.shared.Conflict;
import org.banksync.application.statement.port.in.ImportStatementCommand;
import org.banksync.application.statement.port.in.ImportStatementUseCase.ImportOutcome;
import org.banksync.application.statement.port.in.ImportStatementUseCase.Imported;
import org.banksync.application.statement.port.in.ImportStatementUseCase.Refused;
import org.banksync.application.statement.port.in.PreviewStatementUseCase.Ready;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryCsvLayouts;
import org.banksync.application.testing.InMemorySyncPorts;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.sync.SyncErrorCode;
import org.banksync.domain.sync.SyncRun;
import org.banksync.domain.sync.SyncRunState;
import org.banksync.domain.sync.SyncTrigger;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementImportTest {

    private static final String IBAN = "FR7630006000011234567890189";

    private final InMemoryAdapters core = new InMemoryAdapters();
    private final InMemorySyncPorts syncPorts = new InMemorySyncPorts(core.transactions);
    private final InMemoryCsvLayouts layouts = new InMemoryCsvLayouts();
    private final StatementFiles files = new StatementFiles(core.accounts, layouts, List.of(new LineStatementReader()));
    private final StatementSteps steps = new StatementSteps(syncPorts.runs, syncPorts.store, layouts, core.clock);
    private final ImportStatementService importer = new ImportStatementService(files, steps);
    private final PreviewStatementService preview = new PreviewStatementService(files, steps);
    private final BankAccount account = core.storedAccount(CompanyCode.DEFAULT, "Compte courant", IBAN);

    @Test
    @DisplayName("an import stores every row under the file's source and records a SUCCEEDED run with trigger IMPORT and its counts")
    void importsTheFile() {
        ImportOutcome outcome = importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee", "b;2026-11-03;1500.00;Salary"));

        assertThat(outcome).isInstanceOf(Imported.class);
        SyncRun run = outcome.run();
        assertThat(run.trigger()).isEqualTo(SyncTrigger.IMPORT);
        assertThat(run.state()).isEqualTo(SyncRunState.SUCCEEDED);
        assertThat(run.progress().created()).isEqualTo(2);
        assertThat(syncPorts.runs.findById(run.id())).contains(run);
        assertThat(rows()).extracting(t -> t.source().wireName() + " " + t.externalId().value() + " " + t.amount().amount().toPlainString())
                .containsExactlyInAnyOrder("ofx a -3.20", "ofx b 1500.00");
    }

    @Test
    @DisplayName("re-importing the same file or an overlapping one creates nothing twice and counts the known rows as unchanged")
    void reimportCreatesNothingTwice() {
        importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee", "b;2026-11-03;1500.00;Salary"));

        SyncRun again = importer.importStatement(file("OFX " + IBAN, "b;2026-11-03;1500.00;Salary", "c;2026-11-04;-9.99;Books")).run();

        assertThat(rows()).hasSize(3);
        assertThat(again.progress().created()).isEqualTo(1);
        assertThat(again.progress().unchanged()).isEqualTo(1);
    }

    @Test
    @DisplayName("a row the bank corrected in a later file is updated in place, keeping its identity")
    void correctedRowIsUpdated() {
        importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee"));
        BankTransaction before = rows().get(0);

        SyncRun again = importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.50;Coffee and tip")).run();

        assertThat(again.progress().updated()).isEqualTo(1);
        assertThat(rows()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(before.id());
            assertThat(t.amount().amount()).isEqualByComparingTo("-3.50");
        });
    }

    @Test
    @DisplayName("a file with one bad row imports nothing and leaves a FAILED run with INVALID_FILE naming the line")
    void badRowImportsNothing() {
        ImportOutcome outcome = importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee", "b;2026-13-40;1.00;Bad date"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.place()).isEqualTo("line 3"));
        assertThat(rows()).isEmpty();
        assertThat(outcome.run().state()).isEqualTo(SyncRunState.FAILED);
        assertThat(outcome.run().error().code()).isEqualTo(SyncErrorCode.INVALID_FILE);
        assertThat(outcome.run().error().message()).contains("line 3");
        assertThat(syncPorts.runs.findById(outcome.run().id())).isPresent();
    }

    @Test
    @DisplayName("a statement of another account is refused, naming both accounts")
    void anotherAccountsStatementIsRefused() {
        ImportOutcome outcome = importer.importStatement(file("OFX GB82WEST12345698765432", "a;2026-11-02;-3.20;Coffee"));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.place()).as(refused.detail()).isEqualTo("account");
            assertThat(refused.detail()).contains("GB82 WEST", "FR76 3000");
        });
        assertThat(rows()).isEmpty();
    }

    @Test
    @DisplayName("a file in no known format, an empty file and a CSV file without a layout are refused with what to do")
    void unknownFormatsAreRefused() {
        assertThat(refusal(command("statement.pdf", "%PDF-1.7"))).contains("not in a format this server recognises");
        assertThat(refusal(command("statement.txt", new byte[0]))).contains("empty");
        assertThat(refusal(new ImportStatementCommand(account.id(), "x.csv", () -> new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)),
                TransactionSource.CSV, null))).contains("no reader for csv");
    }

    @Test
    @DisplayName("a file over the size limit is refused without being read to the end")
    void oversizedFileIsRefused() {
        long[] served = {0};
        ImportStatementCommand huge = new ImportStatementCommand(account.id(), "huge.ofx", () -> new java.io.InputStream() {
            private final byte[] header = ("OFX " + IBAN + "\n").getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() {
                served[0]++;
                return served[0] <= header.length ? header[(int) served[0] - 1] : 'x';
            }
        }, TransactionSource.OFX, null);

        assertThat(refusal(huge)).contains("larger than 20 MB");
        assertThat(served[0]).isLessThan(StatementFiles.MAX_BYTES + 64 * 1024);
    }

    @Test
    @DisplayName("an import while a synchronisation of the account is under way is refused as a conflict and stores nothing")
    void importDuringSyncIsAConflict() {
        syncPorts.runs.enqueue(SyncRun.queue(account.id(), SyncTrigger.USER, LocalDate.of(2026, 1, 1), core.clock));

        assertThatThrownBy(() -> importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee")))
                .isInstanceOf(Conflict.class).hasMessageContaining("under way");
    }

    @Test
    @DisplayName("a preview tells the rows, period, totals and what would be new, and changes nothing")
    void previewChangesNothing() {
        importer.importStatement(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee"));
        int runs = syncPorts.runs.findPage(account.id(), null, org.banksync.application.shared.PageRequest.of(100, null)).items().size();

        var result = preview.preview(file("OFX " + IBAN, "a;2026-11-02;-3.20;Coffee", "b;2026-11-03;1500.00;Salary", "c;2026-11-05;-20.00;Fuel"));

        assertThat(result).isInstanceOfSatisfying(Ready.class, ready -> {
            assertThat(ready.rows()).isEqualTo(3);
            assertThat(ready.toCreate()).isEqualTo(2);
            assertThat(ready.unchanged()).isEqualTo(1);
            assertThat(ready.from()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(ready.to()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(ready.credits().amount()).isEqualByComparingTo("1500.00");
            assertThat(ready.debits().amount()).isEqualByComparingTo("-23.20");
        });
        assertThat(rows()).hasSize(1);
        assertThat(syncPorts.runs.findPage(account.id(), null, org.banksync.application.shared.PageRequest.of(100, null)).items()).hasSize(runs);
    }

    @Test
    @DisplayName("an import into an unknown account is refused before the file is read")
    void unknownAccount() {
        assertThatThrownBy(() -> new ImportStatementCommand(null, "x", () -> null, null, null)).isInstanceOf(DomainViolation.class);
    }

    private String refusal(ImportStatementCommand command) {
        ImportOutcome outcome = importer.importStatement(command);
        assertThat(outcome).isInstanceOf(Refused.class);
        assertThat(rows()).isEmpty();
        return ((Refused) outcome).detail();
    }

    private List<BankTransaction> rows() {
        return core.transactions.all().stream().filter(t -> t.bankAccountId().equals(account.id())).toList();
    }

    private ImportStatementCommand file(String... lines) {
        return command("statement.ofx", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private ImportStatementCommand command(String name, String text) {
        return command(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportStatementCommand command(String name, byte[] bytes) {
        return new ImportStatementCommand(account.id(), name, () -> new ByteArrayInputStream(bytes), null, null);
    }
}
