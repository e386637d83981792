package org.banksync.application.sync.port.in;

import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

import java.time.Instant;

/**
 * What an aggregator's verified webhook means for Banksync: an account changed (queue a run), an
 * item was refreshed (its state and consent expiry), an item was deleted (disconnect). Each event
 * is acted on once, however often it is delivered.
 */
public interface HandleProviderEventUseCase {

    /** @return what was done, in a few words, for the webhook's log */
    String handle(ProviderEvent event);

    /** An event, already verified and translated by the aggregator's adapter. */
    sealed interface ProviderEvent {
        Provider provider();

        /** A digest of the raw event, identical for a redelivery. */
        String digest();

        /** New, changed or deleted transactions on an account. */
        record AccountUpdated(Provider provider, String digest, String itemId, String externalAccountId) implements ProviderEvent {
        }

        /** The aggregator refreshed an item: its new state and consent expiry. */
        record ItemRefreshed(Provider provider, String digest, String itemId, ConnectionState state, String stateDetail,
                             Instant consentExpiresAt, Instant refreshedAt) implements ProviderEvent {
        }

        /** The item is gone at the aggregator. */
        record ItemDeleted(Provider provider, String digest, String itemId) implements ProviderEvent {
        }

        /** Anything else (test events, unknown types): acknowledged and ignored. */
        record Other(Provider provider, String digest, String type) implements ProviderEvent {
        }
    }
}
