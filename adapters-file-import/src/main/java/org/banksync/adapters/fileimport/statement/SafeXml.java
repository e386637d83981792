package org.banksync.adapters.fileimport.statement;

import org.banksync.application.statement.port.out.UnreadableStatement;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * StAX readers from the JDK's own factory, refusing what a statement never needs and an attacker would
 * use: a DTD (so no entity is declared, expanded or fetched) and any external resource.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** A reader over {@code content}; the XML declaration decides the encoding. */
    public static XMLStreamReader open(InputStream content) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return factory.createXMLStreamReader(content);
        } catch (XMLStreamException unreadable) {
            throw malformed(unreadable);
        }
    }

    /** Moves to the root element; refuses a DOCTYPE before anything in it can be used. */
    public static void toRootElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.DTD) {
                throw new UnreadableStatement(place(xml.getLocation()), "the file declares a DOCTYPE; statement files"
                        + " never do, and it is refused so that no entity in it is expanded or fetched");
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                return;
            }
        }
        throw new UnreadableStatement(null, "the file holds no XML element");
    }

    /** Moves to the next child element of the element being read; false at that element's end tag. */
    public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Passes over the element the reader is on, to its end tag. */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads to the end of the document, so that anything malformed after the root is found. */
    public static void toEnd(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    /** Releases the parser (the caller owns the stream under it). */
    public static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException alreadyBroken) {
            // nothing is left to release from a parser that failed
        }
    }

    /** The refusal of XML the parser could not read: cut short, not XML at all, or broken. */
    public static UnreadableStatement malformed(XMLStreamException problem) {
        String message = problem.getMessage();
        int at = message == null ? -1 : message.indexOf("Message: ");
        String reason = at < 0 ? message : message.substring(at + "Message: ".length());
        return new UnreadableStatement(place(problem.getLocation()),
                "the XML is cut short or malformed: " + reason, problem);
    }

    /** "line 12, column 5" of a parser location, or null when it has none. */
    public static String place(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return null;
        }
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
