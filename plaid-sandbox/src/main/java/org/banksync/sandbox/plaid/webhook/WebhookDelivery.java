package org.banksync.sandbox.plaid.webhook;

/**
 * The outcome of one delivery: where it went, the webhook's type and code, the exact body and
 * Plaid-Verification header sent, the receiver's HTTP status (or -1 with an error when it could not be
 * reached).
 */
public record WebhookDelivery(String url, String webhookType, String webhookCode, String itemId, String body,
                              String verification, int status, String error) {
}
