package org.banksync.adapters.fileimport.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** The sample statement files under {@code statements/} in the test resources, and texts made into files. */
public final class Samples {

    private static final int HEAD = 1024;

    private Samples() {
    }

    /** The sample file as a stream, as an upload would give it. */
    public static InputStream open(String name) {
        return Objects.requireNonNull(Samples.class.getResourceAsStream("/statements/" + name), name);
    }

    /** The sample's text, to derive a broken variant from. */
    public static String text(String name, Charset charset) {
        return new String(bytes(name), charset);
    }

    /** The sample's text in UTF-8. */
    public static String text(String name) {
        return text(name, StandardCharsets.UTF_8);
    }

    /** The first bytes of the sample, as a caller passes them to {@code recognizes}. */
    public static byte[] head(String name) {
        byte[] bytes = bytes(name);
        return Arrays.copyOf(bytes, Math.min(HEAD, bytes.length));
    }

    /** A file holding {@code text} in UTF-8. */
    public static InputStream file(String text) {
        return file(text, StandardCharsets.UTF_8);
    }

    /** A file holding {@code text} in {@code charset}. */
    public static InputStream file(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
