/**
 * Bridge's wire: the MicroProfile REST Client interfaces, the request bodies, the answers read into
 * small DTOs, the error envelope, and {@link org.banksync.adapters.bridge.client.BridgeEndpoints},
 * which names each call (path, idempotency, user) for the retrying layer to run.
 */
package org.banksync.adapters.bridge.client;
