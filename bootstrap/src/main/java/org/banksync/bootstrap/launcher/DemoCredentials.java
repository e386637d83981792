package org.banksync.bootstrap.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A demo sandbox's credentials, generated once into the data directory (mode 0600) and read back on
 * every start, so that what Banksync stored for the sandbox stays valid across restarts.
 */
final class DemoCredentials {

    private DemoCredentials() {
    }

    /** Reads the file, or creates it with a random value for each key ("client-id" gets a readable "demo-" prefix). */
    static Properties readOrCreate(Path file, String comment, String... keys) {
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
                return properties;
            }
            for (String key : keys) {
                properties.setProperty(key, key.equals("client-id") ? "demo-" + random(8) : random(24));
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, comment);
            }
            return properties;
        } catch (IOException e) {
            throw new LauncherException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
