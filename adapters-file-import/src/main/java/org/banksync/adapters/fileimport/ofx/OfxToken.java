package org.banksync.adapters.fileimport.ofx;

/** One event of an OFX body, well formed whatever the syntax: an element starts, holds text, or ends. */
record OfxToken(Kind kind, String name, String text, int line) {

    enum Kind { START, TEXT, END }

    static OfxToken start(String name, int line) {
        return new OfxToken(Kind.START, name, null, line);
    }

    static OfxToken text(String text, int line) {
        return new OfxToken(Kind.TEXT, null, text, line);
    }

    static OfxToken end(String name, int line) {
        return new OfxToken(Kind.END, name, null, line);
    }

    boolean isStart(String elementName) {
        return kind == Kind.START && name.equals(elementName);
    }

    /** How the event reads in a message: {@code <NAME>}, {@code </NAME>} or the text. */
    String shown() {
        return switch (kind) {
            case START -> "<" + name + ">";
            case END -> "</" + name + ">";
            case TEXT -> "'" + text + "'";
        };
    }
}
