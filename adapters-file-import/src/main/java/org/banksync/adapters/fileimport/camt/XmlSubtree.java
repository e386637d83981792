package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Element;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Reads the element a StAX reader is on, with everything inside it, into an {@link Element}; namespaces are dropped. */
final class XmlSubtree {

    private XmlSubtree() {
    }

    /** The element and its content; the reader is left on its end tag. */
    static Element read(XMLStreamReader xml) throws XMLStreamException {
        Element root = start(xml);
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Element child = start(xml);
                    open.peek().add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> open.peek().appendText(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // comments and processing instructions carry nothing of the statement
                }
            }
        }
        return root;
    }

    private static Element start(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return new Element(xml.getLocalName(), xml.getLocation().getLineNumber(), attributes);
    }
}
