package org.banksync.bootstrap.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The key that encrypts stored secrets when the operator gives none: 32 random bytes, base64, in a
 * file of the data directory readable by its owner only, created once and reused on every start.
 */
final class SecretKeyFile {
    private SecretKeyFile() {
    }

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new LauncherException("Cannot read or create the secret key " + file + ": " + e.getMessage(), e);
        }
    }
}
