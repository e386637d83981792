package org.banksync.sandbox.bridge.world;

import java.time.Instant;

/** A Bridge user of the application; externalUserId may be null. */
public record SandboxUser(long seq, String uuid, String externalUserId, Instant createdAt) {
}
