package org.banksync.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A row of {@code app_user}; roles are a comma-separated list of role names. */
@Entity
@Table(name = "app_user")
public class AppUserEntity {
    @Id
    String username;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(nullable = false)
    String roles;
    @Column(nullable = false)
    boolean enabled;
    String locale;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Version
    long version;
}
