package org.banksync.adapters.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.banksync.application.user.port.out.PasswordHasher;

import java.util.Map;

/** Passwords hashed with PBKDF2-HMAC-SHA512, 210,000 iterations and a 32-byte salt (OWASP 2023). */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    private Pbkdf2PasswordHash pbkdf2;

    protected Pbkdf2PasswordHasher() {
    }

    @Inject
    public Pbkdf2PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
