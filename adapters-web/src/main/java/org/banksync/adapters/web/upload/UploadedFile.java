package org.banksync.adapters.web.upload;

import org.banksync.application.statement.StatementFiles;
import org.banksync.application.statement.port.in.StatementContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An uploaded file copied into a private temporary file, at most one byte past the import's size
 * limit (enough for the import to refuse it), and deleted when closed.
 */
public final class UploadedFile implements AutoCloseable, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadedFile.class.getName());

    private final String name;
    private final String path;

    private UploadedFile(String name, Path path) {
        this.name = name;
        this.path = path.toString();
    }

    public static UploadedFile copyOf(String name, InputStream content) {
        try {
            Path file = Files.createTempFile("banksync-upload-", ".tmp");
            try (OutputStream out = Files.newOutputStream(file)) {
                long limit = StatementFiles.MAX_BYTES + 1;
                byte[] buffer = new byte[64 * 1024];
                long copied = 0;
                for (int n = content.read(buffer); n >= 0 && copied < limit; n = content.read(buffer)) {
                    int kept = (int) Math.min(n, limit - copied);
                    out.write(buffer, 0, kept);
                    copied += kept;
                }
            }
            return new UploadedFile(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
    }

    public String name() {
        return name;
    }

    public long size() {
        try {
            return Files.size(Path.of(path));
        } catch (IOException e) {
            return -1;
        }
    }

    public StatementContent content() {
        Path file = Path.of(path);
        return () -> Files.newInputStream(file);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The temporary copy of an upload could not be deleted", e);
        }
    }
}
