package org.banksync.application.sync.port.out;

import java.time.Instant;

/** Webhook events already handled, so that a redelivered event is acknowledged but not acted on twice. */
public interface WebhookEvents {

    /** True the first time an event (by its digest) is seen; false for every redelivery. */
    boolean firstSeen(String provider, String eventDigest, String type, Instant now);
}
