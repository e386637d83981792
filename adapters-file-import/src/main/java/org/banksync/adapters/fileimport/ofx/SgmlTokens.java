package org.banksync.adapters.fileimport.ofx;

import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tokenizes the SGML body of an OFX 1.x file into well-formed events. A leaf ({@code <NAME>text}) ends
 * at the next tag, as OFX's SGML allows; a leaf some banks do close ({@code </NAME>}) ends there; the end
 * tag of an aggregate ends whatever it still holds. Character by character, so no line or value is held
 * longer than it takes to read it.
 */
final class SgmlTokens implements OfxTokens {

    private static final int MAX_TAG = 64;
    private static final int MAX_TEXT = 64 * 1024;
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z0-9._]+");
    /** Leaves that may be written empty, so an empty one is not mistaken for an aggregate holding the next tag. */
    private static final Set<String> LEAVES = Set.of("NAME", "MEMO", "FITID", "TRNTYPE", "DTPOSTED", "DTUSER",
            "DTAVAIL", "TRNAMT", "CHECKNUM", "REFNUM", "SIC", "PAYEEID", "CURDEF", "CURSYM", "CURRATE", "BANKID",
            "BRANCHID", "ACCTID", "ACCTTYPE", "ACCTKEY", "BALAMT", "DTASOF", "DTSTART", "DTEND");

    private final Reader reader;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<OfxToken> ready = new ArrayDeque<>();
    private int line;
    private int pushedBack = -1;

    /** Reads {@code reader}, whose first character is on line {@code firstLine} of the file. */
    SgmlTokens(Reader reader, int firstLine) {
        this.reader = reader;
        this.line = firstLine;
    }

    @Override
    public OfxToken next() {
        while (ready.isEmpty()) {
            int c = read();
            while (c >= 0 && Character.isWhitespace(c)) {
                c = read();
            }
            if (c < 0) {
                atEnd();
                return ready.poll();
            }
            if (c == '<') {
                tag(line);
            } else {
                text((char) c, line);
            }
        }
        return ready.poll();
    }

    private void tag(int at) {
        StringBuilder tag = new StringBuilder();
        for (int c = read(); c != '>'; c = read()) {
            if (c < 0 || c == '<' || tag.length() > MAX_TAG) {
                throw new UnreadableStatement("line " + at, "the tag '<" + tag + "' is not closed by '>'");
            }
            tag.append((char) c);
        }
        String body = tag.toString().strip();
        if (body.startsWith("?") || body.startsWith("!")) {
            return;
        }
        boolean closing = body.startsWith("/");
        String name = closing ? body.substring(1).strip() : body;
        if (!TAG_NAME.matcher(name).matches()) {
            throw new UnreadableStatement("line " + at, "'<" + body + ">' is not an OFX tag");
        }
        if (closing) {
            close(name, at);
        } else {
            endLeaf(at);
            open.push(new Open(name, at, LEAVES.contains(name)));
            ready.add(OfxToken.start(name, at));
        }
    }

    private void close(String name, int at) {
        if (open.stream().noneMatch(element -> element.name.equals(name))) {
            throw new UnreadableStatement("line " + at, "</" + name + "> closes no open <" + name + ">");
        }
        Open closed;
        do {
            closed = open.pop();
            ready.add(OfxToken.end(closed.name, at));
        } while (!closed.name.equals(name));
    }

    private void text(char first, int at) {
        StringBuilder text = new StringBuilder().append(first);
        int c = read();
        while (c >= 0 && c != '<') {
            if (text.length() >= MAX_TEXT) {
                throw new UnreadableStatement("line " + at, "a value runs longer than " + MAX_TEXT
                        + " characters without a tag: this is not OFX");
            }
            text.append((char) c);
            c = read();
        }
        pushedBack = c;
        if (open.isEmpty()) {
            throw new UnreadableStatement("line " + at, "text outside the <OFX> element: '"
                    + text.toString().strip().lines().findFirst().orElse("") + "'");
        }
        open.peek().leaf = true;
        ready.add(OfxToken.text(Entities.decode(text.toString().strip()), at));
    }

    private void endLeaf(int at) {
        if (!open.isEmpty() && open.peek().leaf) {
            ready.add(OfxToken.end(open.pop().name, at));
        }
    }

    private void atEnd() {
        endLeaf(line);
        if (!open.isEmpty()) {
            Open unclosed = open.peek();
            throw new UnreadableStatement("line " + line, "the file ends inside <" + unclosed.name + "> opened at line "
                    + unclosed.line + ": the OFX is cut short");
        }
    }

    private int read() {
        if (pushedBack >= 0) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        try {
            int c = reader.read();
            if (c == '\n') {
                line++;
            }
            return c;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** An element not yet ended; a leaf is one that has text (or is known to be a leaf). */
    private static final class Open {
        private final String name;
        private final int line;
        private boolean leaf;

        private Open(String name, int line, boolean leaf) {
            this.name = name;
            this.line = line;
            this.leaf = leaf;
        }
    }
}
