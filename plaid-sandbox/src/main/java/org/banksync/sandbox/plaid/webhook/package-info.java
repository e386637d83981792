/**
 * Plaid's webhooks: the bodies, the ES256 keys served by /webhook_verification_key/get, the
 * Plaid-Verification JWT over the exact 2-space pretty-printed body, and delivery.
 */
package org.banksync.sandbox.plaid.webhook;
