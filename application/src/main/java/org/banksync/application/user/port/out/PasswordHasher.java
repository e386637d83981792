package org.banksync.application.user.port.out;

/** One-way password hashing with a per-password salt; the algorithm is the adapter's choice. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
