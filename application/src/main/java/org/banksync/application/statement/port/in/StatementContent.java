package org.banksync.application.statement.port.in;

import java.io.IOException;
import java.io.InputStream;

/** An uploaded file that can be opened more than once (its first bytes tell the format, then it is read). */
@FunctionalInterface
public interface StatementContent {

    InputStream open() throws IOException;
}
