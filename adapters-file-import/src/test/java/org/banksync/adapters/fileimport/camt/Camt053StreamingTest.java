package org.banksync.adapters.fileimport.camt;

import org.banksync.application.statement.port.out.StatementReader.Statement;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.transaction.SourceTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A camt.053 file of 50,000 entries is read as it is written, through a pipe")
class Camt053StreamingTest {

    private static final int ENTRIES = 50_000;
    private static final int PIPE_BYTES = 64 * 1024;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    @Test
    @Timeout(60)
    @DisplayName("every entry arrives, with its amount, day and id; the file is never whole in memory (a 64 KiB pipe)")
    void fiftyThousandEntries() throws Exception {
        PipedInputStream content = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream sink = new PipedOutputStream(content);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(sink));

        Statement statement;
        try (content) {
            statement = new Camt053Reader().read(content,
                    new Target(Iban.of("DE89370400440532013000"), CurrencyCode.EUR, null));
        }
        writer.join();

        assertThat(statement.rows()).hasSize(ENTRIES);
        assertThat(statement.rows().stream().map(SourceTransaction::externalId).distinct()).hasSize(ENTRIES);
        BigDecimal sum = statement.rows().stream().map(row -> row.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(expectedSum());
        SourceTransaction last = statement.rows().get(ENTRIES - 1);
        assertThat(statement.rows().get(ENTRIES - 2).externalId().value()).isEqualTo("REF-0049998");
        assertThat(last.date()).isEqualTo(FIRST_DAY.plusDays((ENTRIES - 1) / 100));
        assertThat(last.amount().amount()).isEqualTo(amount(ENTRIES - 1));
        assertThat(last.externalId().value()).as("entries without a reference get a content key").startsWith("h:");
    }

    private static void write(PipedOutputStream sink) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                    + "camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>BULK</MsgId><CreDtTm>2026-01-01T00:00:00</CreDtTm>"
                    + "</GrpHdr><Stmt><Id>BULK-1</Id><CreDtTm>2026-01-01T00:00:00</CreDtTm><Acct><Id>"
                    + "<IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
            for (int i = 0; i < ENTRIES; i++) {
                BigDecimal amount = amount(i);
                out.write("<Ntry><Amt Ccy=\"EUR\">" + amount.abs().toPlainString() + "</Amt><CdtDbtInd>"
                        + (amount.signum() < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>"
                        + FIRST_DAY.plusDays(i / 100) + "</Dt></BookgDt>"
                        + (i % 2 == 0 ? "<AcctSvcrRef>REF-" + String.format("%07d", i) + "</AcctSvcrRef>" : "")
                        + "<AddtlNtryInf>Entry number " + i + "</AddtlNtryInf></Ntry>\n");
            }
            out.write("</Stmt></BkToCstmrStmt></Document>\n");
        } catch (IOException readerGone) {
            throw new UncheckedIOException(readerGone);
        }
    }

    /** Money in on even entries, out on odd ones, in cents that vary. */
    private static BigDecimal amount(int entry) {
        BigDecimal cents = BigDecimal.valueOf(100 + entry % 9_973, 2);
        return entry % 2 == 0 ? cents : cents.negate();
    }

    private static BigDecimal expectedSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < ENTRIES; i++) {
            sum = sum.add(amount(i));
        }
        return sum;
    }
}
