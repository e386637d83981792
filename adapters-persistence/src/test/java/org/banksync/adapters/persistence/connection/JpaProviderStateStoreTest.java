package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.shared.SecretCipher;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.connection.port.out.ProviderStateStore;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("JpaProviderStateStore keeps adapters' state on PostgreSQL, secrets sealed")
class JpaProviderStateStoreTest {

    private final SecretCipher cipher = new SecretCipher(key());
    private final ProviderStateStore store = TransactionalPort.of(ProviderStateStore.class,
            em -> new JpaProviderStateStore(em, new MutableClock(), cipher));
    private final String key = "item/" + UUID.randomUUID() + "/access-token";

    @Test
    @DisplayName("a secret reads back, is replaced by a later put, and is never stored in clear")
    void secretsAreSealed() {
        store.put(Provider.PLAID, key, "access-sandbox-first", true);
        store.put(Provider.PLAID, key, "access-sandbox-second", true);

        assertThat(store.find(Provider.PLAID, key)).contains("access-sandbox-second");
        Object[] row = Jpa.inTransaction(em -> (Object[]) em.createNativeQuery(
                "select value, value_enc from provider_state where state_key = ?1").setParameter(1, key).getSingleResult());
        assertThat(row[0]).isNull();
        assertThat(new String((byte[]) row[1], java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("access-sandbox");
    }

    @Test
    @DisplayName("plain values and secrets can replace each other; keys are per provider; removal forgets")
    void plainValuesAndRemoval() {
        store.put(Provider.PLAID, key, "cursor-1", false);
        assertThat(store.find(Provider.PLAID, key)).contains("cursor-1");
        assertThat(store.find(Provider.BRIDGE, key)).isEmpty();

        store.put(Provider.PLAID, key, "now-secret", true);
        assertThat(store.find(Provider.PLAID, key)).contains("now-secret");

        store.remove(Provider.PLAID, key);
        assertThat(store.find(Provider.PLAID, key)).isEmpty();
        assertThatThrownBy(() -> store.put(Provider.PLAID, "x".repeat(301), "v", false)).isInstanceOf(DomainViolation.class);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
