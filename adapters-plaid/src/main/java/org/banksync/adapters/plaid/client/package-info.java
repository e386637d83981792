/**
 * Plaid's wire: the MicroProfile REST Client interface, the bodies (built with JSON-P so that only the
 * fields Banksync sets are sent), the answers read into small DTOs, Plaid's error body, and {@link
 * org.banksync.adapters.plaid.client.PlaidEndpoints}, which names each call (endpoint, Item,
 * idempotency) for the retrying layer to run.
 */
package org.banksync.adapters.plaid.client;
