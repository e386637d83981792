package org.banksync.application.statement;

import org.banksync.application.statement.port.out.UnreadableStatement;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses a file as soon as more than the limit has been read from it, so an oversized upload is never read whole. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw new UnreadableStatement(null, "the file is larger than " + limit / (1024 * 1024)
                    + " MB; split it into several statements");
        }
    }
}
