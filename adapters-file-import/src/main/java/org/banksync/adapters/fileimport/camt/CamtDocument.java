package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.AccountMatch;
import org.banksync.adapters.fileimport.statement.RowDraft;
import org.banksync.adapters.fileimport.statement.SafeXml;
import org.banksync.adapters.fileimport.statement.StatementPart;
import org.banksync.application.statement.port.out.UnreadableStatement;
import org.banksync.domain.shared.Iban;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a camt.053 document as a stream: {@code Document/BkToCstmrStmt/Stmt*}; each statement's
 * {@code Acct} (which the schema puts before the entries) decides whether its {@code Ntry}s are read,
 * one at a time, or only counted.
 */
final class CamtDocument {

    private final XMLStreamReader xml;
    private final Iban target;
    private final List<StatementPart> parts = new ArrayList<>();

    CamtDocument(XMLStreamReader xml, Iban target) {
        this.xml = xml;
        this.target = target;
    }

    /** Every statement of the file, the target's read, the others counted. */
    List<StatementPart> read() throws XMLStreamException {
        SafeXml.toRootElement(xml);
        CamtVersion.of(xml.getLocalName(), xml.getNamespaceURI());
        boolean message = false;
        while (SafeXml.nextChild(xml)) {
            if ("BkToCstmrStmt".equals(xml.getLocalName())) {
                message = true;
                readStatements();
            } else {
                SafeXml.skipElement(xml);
            }
        }
        SafeXml.toEnd(xml);
        if (!message) {
            throw new UnreadableStatement(null, "the Document holds no BkToCstmrStmt, the message of a camt.053 statement");
        }
        if (parts.isEmpty()) {
            throw new UnreadableStatement(null, "the file holds no statement (no Stmt in its BkToCstmrStmt)");
        }
        return parts;
    }

    private void readStatements() throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if ("Stmt".equals(xml.getLocalName())) {
                parts.add(readStatement("Stmt[" + (parts.size() + 1) + "]"));
            } else {
                SafeXml.skipElement(xml);
            }
        }
    }

    private StatementPart readStatement(String path) throws XMLStreamException {
        String place = path + " (line " + xml.getLocation().getLineNumber() + ")";
        CamtAccount account = null;
        List<RowDraft> drafts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int entries = 0;
        while (SafeXml.nextChild(xml)) {
            String name = xml.getLocalName();
            if ("Acct".equals(name)) {
                account = CamtAccount.of(XmlSubtree.read(xml), target);
            } else if ("Ntry".equals(name)) {
                entries++;
                if (account == null) {
                    throw new UnreadableStatement(place, "the statement's entries come before its account (Acct)");
                }
                if (account.match() == AccountMatch.OTHER) {
                    SafeXml.skipElement(xml);
                } else {
                    CamtEntry.read(XmlSubtree.read(xml), path + "/Ntry[" + entries + "]", drafts, skipped);
                }
            } else {
                SafeXml.skipElement(xml);
            }
        }
        if (account == null) {
            throw new UnreadableStatement(place, "the statement has no Acct, the account it is the statement of");
        }
        return new StatementPart(place, account.label(), account.iban(), account.match(), drafts, skipped, entries);
    }
}
