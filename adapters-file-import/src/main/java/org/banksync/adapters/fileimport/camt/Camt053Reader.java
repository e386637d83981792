package org.banksync.adapters.fileimport.camt;

import jakarta.enterprise.context.ApplicationScoped;
import org.banksync.adapters.fileimport.statement.AccountChoice;
import org.banksync.adapters.fileimport.statement.FileStart;
import org.banksync.adapters.fileimport.statement.SafeXml;
import org.banksync.adapters.fileimport.statement.StatementRows;
import org.banksync.application.statement.port.out.StatementReader;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.transaction.TransactionSource;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.Objects;

/** Reads ISO 20022 camt.053 bank-to-customer statements, versions .02 to .13, streamed with StAX. */
@ApplicationScoped
public class Camt053Reader implements StatementReader {

    public Camt053Reader() {
        // stateless: every read makes its own parser
    }

    @Override
    public TransactionSource format() {
        return TransactionSource.CAMT053;
    }

    @Override
    public boolean recognizes(byte[] head) {
        String start = FileStart.text(head);
        // Any camt message is taken, so that a camt.052 report or a camt.054 notification is refused with a message
        // that says what it is, rather than as a file in no known format.
        return start.matches("(?s).*\\bcamt\\.05[2-4]\\b.*") && (start.startsWith("<?xml") || start.contains("<Document"));
    }

    @Override
    public Statement read(InputStream content, Target target) {
        Objects.requireNonNull(target, "target");
        BufferedInputStream buffered = FileStart.nonEmpty(content);
        String start = FileStart.peek(buffered);
        if (!start.startsWith("<")) {
            throw new UnreadableStatement(null, "this is not a camt.053 file: it is not XML (it starts with '"
                    + FileStart.shown(start) + "')");
        }
        XMLStreamReader xml = SafeXml.open(buffered);
        try {
            AccountChoice.Chosen chosen = AccountChoice.choose(new CamtDocument(xml, target.iban()).read(), target.iban());
            return new Statement(chosen.accountIban(),
                    StatementRows.assemble(TransactionSource.CAMT053, target.currency(), chosen.drafts()),
                    chosen.skipped());
        } catch (XMLStreamException malformed) {
            throw SafeXml.malformed(malformed);
        } finally {
            SafeXml.close(xml);
        }
    }
}
