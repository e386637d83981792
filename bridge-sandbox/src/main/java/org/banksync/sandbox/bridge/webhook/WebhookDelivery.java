package org.banksync.sandbox.bridge.webhook;

/**
 * The outcome of one delivery: the exact body and signature header sent, the receiver's HTTP status
 * (or -1 with an error when it could not be reached).
 */
public record WebhookDelivery(String url, String type, String body, String signature, int status, String error) {
}
