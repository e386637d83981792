package org.banksync.adapters.fileimport.ofx;

import org.banksync.adapters.fileimport.statement.FileStart;
import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the start of an OFX file says: OFX 2.x is XML ({@code <?xml ...?><?OFX OFXHEADER="200" ...?>});
 * OFX 1.x opens with a colon header ({@code OFXHEADER:100}, {@code CHARSET:1252}, ...) whose charset
 * the SGML body is decoded with.
 *
 * @param charset the SGML body's charset (null for XML, whose declaration says it)
 * @param lines   the lines the header takes, so that the body's line numbers match the file's
 */
record OfxHeader(boolean xml, Charset charset, int lines) {

    private static final int MAX_HEADER = 4096;
    /** UTF-8's byte order mark read as Latin-1. */
    private static final String BYTE_ORDER_MARK = "\u00EF\u00BB\u00BF";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads the header off {@code content}, leaving it at the body's first {@code <}; refuses what is not OFX. */
    static OfxHeader read(BufferedInputStream content) {
        String start = FileStart.peek(content);
        if (start.startsWith("<?xml") || start.startsWith("<?OFX")) {
            return new OfxHeader(true, null, 0);
        }
        if (!start.startsWith("OFXHEADER") && !start.startsWith("<OFX>")) {
            throw new UnreadableStatement(null, "this is not an OFX file: it starts with '" + FileStart.shown(start)
                    + "', not with OFXHEADER:100 (OFX 1.x) or <?xml ...?><?OFX ...?> (OFX 2.x)");
        }
        String header = headerText(content);
        Map<String, String> fields = fields(header);
        return new OfxHeader(false, charset(fields), (int) header.chars().filter(c -> c == '\n').count());
    }

    /** UTF-8 when ENCODING says so; else windows-1252 (what CHARSET:1252 means, and what banks mean by NONE or ISO-8859-1). */
    private static Charset charset(Map<String, String> fields) {
        String encoding = fields.getOrDefault("ENCODING", "").toUpperCase(Locale.ROOT);
        String charset = fields.getOrDefault("CHARSET", "").toUpperCase(Locale.ROOT);
        if (encoding.startsWith("UTF")) {
            return StandardCharsets.UTF_8;
        }
        if (charset.endsWith("8859-15")) {
            return Charset.forName("ISO-8859-15");
        }
        return WINDOWS_1252;
    }

    private static String headerText(BufferedInputStream content) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try {
            while (true) {
                content.mark(1);
                int b = content.read();
                if (b == '<') {
                    content.reset();
                    return header.toString(StandardCharsets.ISO_8859_1);
                }
                if (b < 0 || header.size() >= MAX_HEADER) {
                    throw new UnreadableStatement(null, "the OFX header is not followed by <OFX>: the file is cut"
                            + " short or not OFX");
                }
                header.write(b);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Map<String, String> fields(String header) {
        Map<String, String> fields = new HashMap<>();
        String withoutMark = header.startsWith(BYTE_ORDER_MARK) ? header.substring(BYTE_ORDER_MARK.length()) : header;
        withoutMark.lines().forEach(line -> {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip().toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        });
        return fields;
    }
}
