/**
 * Runs Plaid calls reliably and politely: one attempt under Fault Tolerance ({@link
 * org.banksync.adapters.plaid.http.Exchange}), our retry policy with exponential backoff and full
 * jitter around it (429, 5xx and the institutions' errors), the shared request budget per Item and
 * per client before every attempt, and the translation of what is left into {@link
 * org.banksync.application.connection.port.out.AggregatorFailure}.
 */
package org.banksync.adapters.plaid.http;
