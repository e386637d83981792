/**
 * Plaid's webhooks: the {@code Plaid-Verification} JWT checked on the raw body (ES256 with Plaid's key,
 * fresh, over the body's SHA-256) before anything is read, then the event translated for the core.
 */
package org.banksync.adapters.plaid.webhook;
