package org.banksync.sandbox.bridge.webhook;

import java.net.URI;

/**
 * A webhook to send now. type is one of item.created, item.refreshed, item.deleted,
 * item.account.created, item.account.updated, item.account.deleted, user.deleted, TEST_EVENT.
 * Content is taken from the sandbox's state for item_id / account_id; the optional fields override it.
 * The nb_* counts default to the changes made through the control API since the last report.
 * url defaults to the registered webhook URL.
 */
public record WebhookRequest(String type, Long itemId, Long accountId, String userUuid, Integer nbNewTransactions,
                             Integer nbUpdatedTransactions, Integer nbDeletedTransactions, Boolean fullRefresh,
                             String refreshTrigger, URI url) {

    public static WebhookRequest itemRefreshed(long itemId) {
        return new WebhookRequest("item.refreshed", itemId, null, null, null, null, null, null, null, null);
    }

    public static WebhookRequest accountUpdated(long accountId) {
        return new WebhookRequest("item.account.updated", null, accountId, null, null, null, null, null, null, null);
    }

    public static WebhookRequest accountCreated(long accountId) {
        return new WebhookRequest("item.account.created", null, accountId, null, null, null, null, null, null, null);
    }

    public static WebhookRequest itemDeleted(long itemId) {
        return new WebhookRequest("item.deleted", itemId, null, null, null, null, null, null, null, null);
    }

    public WebhookRequest to(URI target) {
        return new WebhookRequest(type, itemId, accountId, userUuid, nbNewTransactions, nbUpdatedTransactions,
                nbDeletedTransactions, fullRefresh, refreshTrigger, target);
    }

    public WebhookRequest counts(int created, int updated, int deleted) {
        return new WebhookRequest(type, itemId, accountId, userUuid, created, updated, deleted, fullRefresh,
                refreshTrigger, url);
    }
}
