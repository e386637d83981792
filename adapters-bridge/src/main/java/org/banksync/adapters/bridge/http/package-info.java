/**
 * Runs Bridge calls reliably and politely: one attempt under Fault Tolerance ({@link
 * org.banksync.adapters.bridge.http.Exchange}), our retry policy with exponential backoff, full
 * jitter and {@code Retry-After} around it, the shared request budget before every attempt, and the
 * translation of what is left into {@link org.banksync.application.connection.port.out.AggregatorFailure}.
 */
package org.banksync.adapters.bridge.http;
