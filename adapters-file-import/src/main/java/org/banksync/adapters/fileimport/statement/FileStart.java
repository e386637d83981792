package org.banksync.adapters.fileimport.statement;

import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The start of a file: the text its first bytes spell (to recognise a format, to say what a file is not) and the refusal of an empty one. */
public final class FileStart {

    private static final int LOOK_AHEAD = 4096;
    private static final int SHOWN = 40;

    private FileStart() {
    }

    /** The first bytes as Latin-1 text, without a byte order mark and leading white space; never null. */
    public static String text(byte[] head) {
        if (head == null) {
            return "";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        return text.stripLeading();
    }

    /** The content, buffered, once it is known to hold more than white space. */
    public static BufferedInputStream nonEmpty(InputStream content) {
        BufferedInputStream buffered = new BufferedInputStream(content, LOOK_AHEAD * 2);
        if (peek(buffered).isEmpty() && !longerThanLookAhead(buffered)) {
            throw new UnreadableStatement(null, "the file is empty");
        }
        return buffered;
    }

    /** The {@link #text} of the first bytes of a buffered stream, leaving them to be read. */
    public static String peek(BufferedInputStream content) {
        return text(head(content, LOOK_AHEAD));
    }

    /** The first characters of {@code start} that can be shown in a message, for "it starts with ...". */
    public static String shown(String start) {
        String firstLine = start.lines().findFirst().orElse("");
        String printable = firstLine.replaceAll("[^\\p{Print}\\p{L}]", "?");
        return printable.length() > SHOWN ? printable.substring(0, SHOWN) + "..." : printable;
    }

    private static boolean longerThanLookAhead(BufferedInputStream content) {
        return head(content, LOOK_AHEAD + 1).length > LOOK_AHEAD;
    }

    private static byte[] head(BufferedInputStream content, int length) {
        try {
            content.mark(length);
            byte[] head = content.readNBytes(length);
            content.reset();
            return head;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
