package org.banksync.application.connection.port.out;

import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.time.Instant;
import java.util.Optional;

/**
 * The aggregator-side user of each company (Bridge: one user per company) and its cached access
 * token. Implementations keep the token encrypted at rest.
 */
public interface AggregatorUserRepository {

    Optional<AggregatorUser> find(Provider provider, CompanyCode company);

    /** Inserts or updates. */
    void save(AggregatorUser user);

    /** A company's user at an aggregator; the token and its expiry are null until one is obtained. */
    record AggregatorUser(Provider provider, CompanyCode company, String externalUserId, String userRef,
                          String accessToken, Instant tokenExpiresAt) {

        public AggregatorUser withToken(String token, Instant expiresAt) {
            return new AggregatorUser(provider, company, externalUserId, userRef, token, expiresAt);
        }

        @Override
        public String toString() {
            return "AggregatorUser[" + provider + ", " + company + ", " + userRef + ", token " + (accessToken == null ? "none" : "****") + "]";
        }
    }
}
