package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.SafeXml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The events of an OFX 2.x file, read as the XML it is with the safe StAX reader (no DTD, no entities). */
final class XmlTokens implements OfxTokens {

    private final XMLStreamReader xml;
    private boolean started;
    private int depth;

    XmlTokens(XMLStreamReader xml) {
        this.xml = xml;
    }

    @Override
    public OfxToken next() {
        try {
            if (!started) {
                started = true;
                SafeXml.toRootElement(xml);
                depth = 1;
                return OfxToken.start(xml.getLocalName(), line());
            }
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    return OfxToken.start(xml.getLocalName(), line());
                }
                if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    return OfxToken.end(xml.getLocalName(), line());
                }
                if ((event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) && !xml.isWhiteSpace()) {
                    return OfxToken.text(xml.getText().strip(), line());
                }
            }
            SafeXml.toEnd(xml);
            return null;
        } catch (XMLStreamException malformed) {
            throw SafeXml.malformed(malformed);
        }
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }
}
