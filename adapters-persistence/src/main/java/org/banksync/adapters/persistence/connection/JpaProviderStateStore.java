package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.shared.SecretCipher;
import org.banksync.application.connection.port.out.ProviderStateStore;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.DomainViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Adapters' state in {@code provider_state}; secrets sealed with AES-GCM bound to their provider and key. */
@ApplicationScoped
@Transactional
public class JpaProviderStateStore implements ProviderStateStore {

    /** Literal nulls, not bound ones: a null bound as text would not fit the bytea column, nor the reverse. */
    static final String UPSERT_PLAIN = """
            insert into provider_state (provider, state_key, value, value_enc, updated_at) values (?1, ?2, ?3, null, ?4)
            on conflict (provider, state_key) do update
               set value = excluded.value, value_enc = null, updated_at = excluded.updated_at""";
    static final String UPSERT_SECRET = """
            insert into provider_state (provider, state_key, value, value_enc, updated_at) values (?1, ?2, null, ?3, ?4)
            on conflict (provider, state_key) do update
               set value = null, value_enc = excluded.value_enc, updated_at = excluded.updated_at""";

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    private Clock clock;
    private SecretCipher cipher;

    protected JpaProviderStateStore() {
    }

    @Inject
    public JpaProviderStateStore(Clock clock, SecretCipher cipher) {
        this.clock = clock;
        this.cipher = cipher;
    }

    /** For tests outside the container. */
    public JpaProviderStateStore(EntityManager entityManager, Clock clock, SecretCipher cipher) {
        this(clock, cipher);
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> find(Provider provider, String key) {
        List<?> rows = entityManager.createNativeQuery("select value, value_enc from provider_state where provider = ?1 and state_key = ?2")
                .setParameter(1, provider.wireName())
                .setParameter(2, checked(key))
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return columns[0] != null ? (String) columns[0] : cipher.decrypt((byte[]) columns[1], associatedData(provider, key));
        });
    }

    @Override
    public void put(Provider provider, String key, String value, boolean secret) {
        if (value == null) {
            throw new DomainViolation("value", "a provider state needs a value; remove the key instead");
        }
        Instant now = clock.instant();
        entityManager.createNativeQuery(secret ? UPSERT_SECRET : UPSERT_PLAIN)
                .setParameter(1, provider.wireName())
                .setParameter(2, checked(key))
                .setParameter(3, secret ? cipher.encrypt(value, associatedData(provider, key)) : value)
                .setParameter(4, now)
                .executeUpdate();
    }

    @Override
    public void remove(Provider provider, String key) {
        entityManager.createNativeQuery("delete from provider_state where provider = ?1 and state_key = ?2")
                .setParameter(1, provider.wireName())
                .setParameter(2, checked(key))
                .executeUpdate();
    }

    private static String checked(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX_LENGTH) {
            throw new DomainViolation("key", "a provider state key is 1 to " + KEY_MAX_LENGTH + " characters");
        }
        return key;
    }

    private static String associatedData(Provider provider, String key) {
        return "provider_state/" + provider.wireName() + "/" + key;
    }
}
