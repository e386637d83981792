package org.banksync.adapters.fileimport.ofx;

import jakarta.enterprise.context.ApplicationScoped;
import org.banksync.adapters.fileimport.statement.AccountChoice;
import org.banksync.adapters.fileimport.statement.FileStart;
import org.banksync.adapters.fileimport.statement.SafeXml;
import org.banksync.adapters.fileimport.statement.StatementRows;
import org.banksync.application.statement.port.out.StatementReader;
import org.banksync.domain.transaction.TransactionSource;

import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Objects;

/** Reads OFX bank and credit-card statements: 1.x (SGML, tokenized here) and 2.x (XML, read with StAX). */
@ApplicationScoped
public class OfxReader implements StatementReader {

    public OfxReader() {
        // stateless: every read makes its own tokenizer
    }

    @Override
    public TransactionSource format() {
        return TransactionSource.OFX;
    }

    @Override
    public boolean recognizes(byte[] head) {
        String start = FileStart.text(head);
        return start.startsWith("OFXHEADER:") || start.contains("<?OFX") || start.contains("<OFX>");
    }

    @Override
    public Statement read(InputStream content, Target target) {
        Objects.requireNonNull(target, "target");
        BufferedInputStream buffered = FileStart.nonEmpty(content);
        OfxHeader header = OfxHeader.read(buffered);
        if (!header.xml()) {
            return read(new SgmlTokens(new InputStreamReader(buffered, header.charset()), header.lines() + 1), target);
        }
        XMLStreamReader xml = SafeXml.open(buffered);
        try {
            return read(new XmlTokens(xml), target);
        } finally {
            SafeXml.close(xml);
        }
    }

    private static Statement read(OfxTokens tokens, Target target) {
        AccountChoice.Chosen chosen = AccountChoice.choose(new OfxDocument(tokens, target.iban()).read(), target.iban());
        return new Statement(chosen.accountIban(),
                StatementRows.assemble(TransactionSource.OFX, target.currency(), chosen.drafts()), chosen.skipped());
    }
}
