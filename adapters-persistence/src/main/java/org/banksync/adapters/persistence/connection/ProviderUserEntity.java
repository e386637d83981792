package org.banksync.adapters.persistence.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code provider_user}; the access token is only ever here sealed by the secret cipher. */
@Entity
@Table(name = "provider_user")
@IdClass(ProviderUserKey.class)
public class ProviderUserEntity {
    @Id
    String provider;
    @Id
    @Column(name = "company_code")
    String companyCode;
    @Column(name = "external_user_id", nullable = false)
    String externalUserId;
    @Column(name = "user_ref", nullable = false)
    String userRef;
    @Column(name = "access_token_enc")
    byte[] accessTokenEnc;
    @Column(name = "token_expires_at")
    Instant tokenExpiresAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Override
    public String toString() {
        return "ProviderUserEntity[" + provider + ", " + companyCode + ", " + userRef + ", token "
                + (accessTokenEnc == null ? "none" : "****") + "]";
    }
}
