package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.Element;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** The events of an OFX body in file order, SGML or XML alike; each start has its end, or the file is refused. */
interface OfxTokens {

    /** The next event, or null after the last. */
    OfxToken next();

    /** Reads the element {@code start} opened, with all it holds, into an {@link Element}. */
    default Element subtree(OfxToken start) {
        Element root = new Element(start.name(), start.line(), Map.of());
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            OfxToken token = next();
            if (token == null) {
                throw new UnreadableStatement("line " + start.line(), "the file ends inside <" + start.name()
                        + ">: the OFX is cut short");
            }
            switch (token.kind()) {
                case START -> {
                    Element child = new Element(token.name(), token.line(), Map.of());
                    open.peek().add(child);
                    open.push(child);
                }
                case TEXT -> open.peek().appendText(token.text());
                case END -> open.pop();
            }
        }
        return root;
    }
}
