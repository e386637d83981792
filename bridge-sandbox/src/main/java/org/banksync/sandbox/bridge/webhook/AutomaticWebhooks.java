package org.banksync.sandbox.bridge.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.banksync.sandbox.bridge.http.Json;
import org.banksync.sandbox.bridge.world.ItemView;
import org.banksync.sandbox.bridge.world.World;

/** The webhooks Bridge sends by itself, raised by the connect page and by deletions over the API. */
public final class AutomaticWebhooks {

    private final World world;
    private final WebhookEvents events;
    private final WebhookPublisher publisher;

    public AutomaticWebhooks(World world, WebhookEvents events, WebhookPublisher publisher) {
        this.world = world;
        this.events = events;
        this.publisher = publisher;
    }

    /** After the connect page: item.created (new items), item.account.created per account, item.refreshed. */
    public void itemConnected(ItemView item, boolean newItem) {
        List<ObjectNode> envelopes = new ArrayList<>();
        if (newItem) {
            envelopes.add(events.envelope("item.created", WebhookEvents.itemIdentity(item)));
            world.accountsOfItem(item.id()).forEach(account ->
                    envelopes.add(events.envelope("item.account.created", WebhookEvents.account(account))));
        }
        envelopes.add(events.envelope("item.refreshed", WebhookEvents.refreshed(item, newItem, "connect")));
        publisher.publish(envelopes);
    }

    public void itemDeleted(ItemView item) {
        publisher.publish(List.of(events.envelope("item.deleted", WebhookEvents.itemIdentity(item))));
    }

    public void userDeleted(String userUuid) {
        publisher.publish(List.of(events.envelope("user.deleted", Json.object().put("user_uuid", userUuid))));
    }
}
