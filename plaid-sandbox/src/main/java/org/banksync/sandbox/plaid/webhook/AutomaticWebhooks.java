package org.banksync.sandbox.plaid.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import org.banksync.sandbox.plaid.http.ApiError;
import org.banksync.sandbox.plaid.world.Item;
import org.banksync.sandbox.plaid.world.LinkSession;
import org.banksync.sandbox.plaid.world.LinkToken;
import org.banksync.sandbox.plaid.world.WorldEvents;

/**
 * The webhooks Plaid sends by itself, to the Item's webhook URL (nothing when it has none): ERROR,
 * PENDING_EXPIRATION, LOGIN_REPAIRED, USER_PERMISSION_REVOKED, SYNC_UPDATES_AVAILABLE (only once the Item
 * had its first /transactions/sync) and, to the link token's webhook, SESSION_FINISHED.
 */
public final class AutomaticWebhooks implements WorldEvents {

    private final WebhookPublisher publisher;
    private final Clock sandboxClock;

    public AutomaticWebhooks(WebhookPublisher publisher, Clock sandboxClock) {
        this.publisher = publisher;
        this.sandboxClock = sandboxClock;
    }

    @Override
    public void itemError(Item item, ApiError error) {
        toItem(item, WebhookPayloads.error(item, error));
    }

    @Override
    public void pendingExpiration(Item item) {
        toItem(item, WebhookPayloads.pendingExpiration(item));
    }

    @Override
    public void loginRepaired(Item item) {
        toItem(item, WebhookPayloads.loginRepaired(item));
    }

    @Override
    public void permissionRevoked(Item item, ApiError error) {
        toItem(item, WebhookPayloads.userPermissionRevoked(item));
    }

    @Override
    public void transactionsUpdated(Item item) {
        if (item.syncedOnce()) {
            toItem(item, WebhookPayloads.syncUpdatesAvailable(item));
        }
    }

    @Override
    public void linkSessionFinished(LinkToken token, LinkSession session) {
        String url = token.spec().webhook() != null ? token.spec().webhook()
                : publisher.defaultUrl() == null ? null : publisher.defaultUrl().toString();
        if (url != null) {
            publisher.publish(URI.create(url), WebhookPayloads.sessionFinished(token, session), delivery -> { });
        }
    }

    /** Sends a webhook to the Item's URL now (the control API's and /sandbox/item/fire_webhook's way). */
    public WebhookDelivery sendNow(Item item, URI url, ObjectNode payload) {
        WebhookDelivery delivery = publisher.send(url, payload);
        item.webhookSent(payload.path("webhook_code").asText(), sandboxClock.instant());
        return delivery;
    }

    private void toItem(Item item, ObjectNode payload) {
        String url = item.webhook();
        if (url != null && !url.isBlank()) {
            String code = payload.path("webhook_code").asText();
            publisher.publish(URI.create(url), payload, delivery -> item.webhookSent(code, sandboxClock.instant()));
        }
    }
}
