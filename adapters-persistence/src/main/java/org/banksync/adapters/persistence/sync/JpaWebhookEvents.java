package org.banksync.adapters.persistence.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.banksync.application.sync.port.out.WebhookEvents;

import java.time.Instant;

/**
 * Webhook events already handled, in {@code webhook_event}, recorded in the transaction of the handling itself
 * (never a transaction of their own): when the handling fails and rolls back, the event is forgotten with it, so the
 * provider's redelivery is acted on. A redelivery arriving while the first delivery is still being handled waits for
 * that transaction's row, then learns the outcome: seen if it committed, first if it rolled back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaWebhookEvents implements WebhookEvents {

    static final String RECORD = """
            insert into webhook_event (provider, event_hash, type, received_at) values (?1, ?2, ?3, ?4)
            on conflict (provider, event_hash) do nothing""";

    static final int DIGEST_MAX_LENGTH = 64;
    static final int TYPE_MAX_LENGTH = 60;

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaWebhookEvents() {
    }

    /** For tests outside the container. */
    public JpaWebhookEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean firstSeen(String provider, String eventDigest, String type, Instant now) {
        if (eventDigest == null || eventDigest.isBlank() || eventDigest.length() > DIGEST_MAX_LENGTH) {
            throw new IllegalArgumentException("an event's digest is 1 to " + DIGEST_MAX_LENGTH + " characters (SHA-256 in hex)");
        }
        if (type == null || type.isBlank() || type.length() > TYPE_MAX_LENGTH) {
            throw new IllegalArgumentException("an event's type is 1 to " + TYPE_MAX_LENGTH + " characters");
        }
        return entityManager.createNativeQuery(RECORD)
                .setParameter(1, provider)
                .setParameter(2, eventDigest)
                .setParameter(3, type)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }
}
