package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.shared.SecretCipher;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.connection.port.out.AggregatorUserRepository;
import org.banksync.application.connection.port.out.AggregatorUserRepository.AggregatorUser;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Aggregator users on PostgreSQL, their tokens encrypted at rest. */
@DisplayName("JpaAggregatorUserRepository keeps each company's aggregator user, its token encrypted")
class JpaAggregatorUserRepositoryTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-26T05:00:00.123456Z");

    private final Ports ports = Ports.jpa();
    private final SecretCipher cipher = new SecretCipher(randomKey());
    private final AggregatorUserRepository users = repository(cipher);
    private final CompanyCode company = ports.storedCompany();
    private final String token = "token-" + UUID.randomUUID();

    private AggregatorUserRepository repository(SecretCipher with) {
        return TransactionalPort.of(AggregatorUserRepository.class, em -> new JpaAggregatorUserRepository(em, ports.clock, with));
    }

    private AggregatorUser bridgeUser(CompanyCode of, String accessToken) {
        return new AggregatorUser(Provider.BRIDGE, of, "ext-" + UUID.randomUUID(), "banksync-" + of.value(), accessToken,
                accessToken == null ? null : EXPIRES);
    }

    @Test
    @DisplayName("a stored user comes back with its token, which the row holds only encrypted")
    void storesTheTokenEncrypted() {
        AggregatorUser user = bridgeUser(company, token);

        users.save(user);

        assertThat(users.find(Provider.BRIDGE, company)).contains(user);
        byte[] stored = storedToken(company);
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    @DisplayName("a user without a token yet is stored without one")
    void storesAUserWithoutToken() {
        AggregatorUser user = bridgeUser(company, null);

        users.save(user);

        assertThat(users.find(Provider.BRIDGE, company)).contains(user);
        assertThat(storedToken(company)).isNull();
    }

    @Test
    @DisplayName("saving again renews the token in place, sealed afresh")
    void renewsTheToken() {
        AggregatorUser user = bridgeUser(company, token);
        users.save(user);
        byte[] before = storedToken(company);

        AggregatorUser renewed = user.withToken("token-" + UUID.randomUUID(), EXPIRES.plusSeconds(7200));
        users.save(renewed);

        assertThat(users.find(Provider.BRIDGE, company)).contains(renewed);
        assertThat(storedToken(company)).isNotEqualTo(before);
    }

    @Test
    @DisplayName("a user is found under its own provider and company only")
    void foundByProviderAndCompany() {
        users.save(bridgeUser(company, token));

        assertThat(users.find(Provider.PLAID, company)).isEmpty();
        assertThat(users.find(Provider.BRIDGE, ports.storedCompany())).isEmpty();
    }

    @Test
    @DisplayName("a token copied into another company's row does not open there, and the refusal does not quote it")
    void aCopiedTokenDoesNotOpen() {
        CompanyCode other = ports.storedCompany();
        users.save(bridgeUser(company, token));
        users.save(bridgeUser(other, "token-of-the-other-company"));

        Jpa.inTransaction(em -> em.createNativeQuery("update provider_user set access_token_enc = ?1"
                        + " where provider = 'bridge' and company_code = ?2")
                .setParameter(1, storedToken(company))
                .setParameter(2, other.value())
                .executeUpdate());

        assertThatThrownBy(() -> users.find(Provider.BRIDGE, other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another row")
                .message().doesNotContain(token);
    }

    @Test
    @DisplayName("under another key a stored token is refused, naming BANKSYNC_SECRET_KEY")
    void anotherKeyIsRefused() {
        users.save(bridgeUser(company, token));

        assertThatThrownBy(() -> repository(new SecretCipher(randomKey())).find(Provider.BRIDGE, company))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BANKSYNC_SECRET_KEY");
    }

    @Test
    @DisplayName("a row's description masks its token")
    void rowMasksTheToken() {
        ProviderUserEntity row = new ProviderUserEntity();
        row.provider = "bridge";
        row.companyCode = company.value();
        row.accessTokenEnc = cipher.encrypt(token, "anything");

        assertThat(row.toString()).contains("****").doesNotContain(token);
    }

    private byte[] storedToken(CompanyCode of) {
        return Jpa.inTransaction(em -> (byte[]) em.createNativeQuery("select access_token_enc from provider_user"
                        + " where provider = 'bridge' and company_code = ?1")
                .setParameter(1, of.value())
                .getSingleResult());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
