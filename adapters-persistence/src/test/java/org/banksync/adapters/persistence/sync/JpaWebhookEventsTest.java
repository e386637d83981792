package org.banksync.adapters.persistence.sync;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Poll;
import org.banksync.adapters.persistence.testing.TestDatabase;
import org.banksync.adapters.persistence.testing.TransactionalPort;
import org.banksync.application.sync.port.out.WebhookEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook de-duplication on PostgreSQL, recorded in the transaction of the handling as the use case does. */
@DisplayName("JpaWebhookEvents acts on each webhook event once, however often it is delivered")
class JpaWebhookEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    private final WebhookEvents events = TransactionalPort.of(WebhookEvents.class, JpaWebhookEvents::new);
    private final String digest = newDigest();
    private final ExecutorService deliveries = Executors.newCachedThreadPool();

    @AfterEach
    void stopDeliveries() {
        deliveries.shutdownNow();
    }

    private static String newDigest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the first delivery of an event is new; every redelivery is not")
    void firstDeliveryOnly() {
        assertThat(events.firstSeen("bridge", digest, "AccountUpdated", NOW)).isTrue();

        assertThat(events.firstSeen("bridge", digest, "AccountUpdated", NOW.plusSeconds(30))).isFalse();
        assertThat(events.firstSeen("bridge", digest, "AccountUpdated", NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    @DisplayName("providers are apart: the same digest from another provider is a new event")
    void providersAreApart() {
        events.firstSeen("bridge", digest, "AccountUpdated", NOW);

        assertThat(events.firstSeen("plaid", digest, "AccountUpdated", NOW)).isTrue();
    }

    @Test
    @DisplayName("a handling that fails and rolls back forgets the event, so its redelivery is acted on")
    void aRolledBackHandlingForgetsTheEvent() {
        EntityManager handling = Jpa.factory().createEntityManager();
        try {
            handling.getTransaction().begin();
            assertThat(new JpaWebhookEvents(handling).firstSeen("bridge", digest, "ItemRefreshed", NOW)).isTrue();
        } finally {
            handling.getTransaction().rollback();
            handling.close();
        }

        assertThat(events.firstSeen("bridge", digest, "ItemRefreshed", NOW.plusSeconds(60))).isTrue();
    }

    @Test
    @DisplayName("a redelivery arriving while the first delivery is being handled waits for it, then is told it was handled")
    void aRedeliveryWaitsForTheHandling() throws Exception {
        EntityManager handling = Jpa.factory().createEntityManager();
        try {
            handling.getTransaction().begin();
            new JpaWebhookEvents(handling).firstSeen("bridge", digest, "ItemDeleted", NOW);
            Future<Boolean> redelivery = deliveries.submit(() -> events.firstSeen("bridge", digest, "ItemDeleted", NOW));
            Poll.until(() -> TestDatabase.get().sessionsWaitingForALock("insert into webhook_event") > 0, Duration.ofSeconds(10),
                    "the redelivery to wait for the handling");

            handling.getTransaction().commit();

            assertThat(redelivery.get(10, SECONDS)).isFalse();
        } finally {
            if (handling.getTransaction().isActive()) {
                handling.getTransaction().rollback();
            }
            handling.close();
        }
    }

    @Test
    @DisplayName("a digest or a type that the table cannot hold is refused")
    void refusesUnstorableEvents() {
        assertThatThrownBy(() -> events.firstSeen("bridge", digest + "0", "AccountUpdated", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events.firstSeen("bridge", digest, "T".repeat(61), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("in the container the event is recorded in the caller's transaction, never in one of its own")
    void recordsInTheCallersTransaction() {
        Transactional transactional = JpaWebhookEvents.class.getAnnotation(Transactional.class);

        assertThat(transactional).isNotNull();
        assertThat(transactional.value()).isEqualTo(Transactional.TxType.MANDATORY);
    }
}
