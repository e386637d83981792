package org.banksync.sandbox.plaid.control;

import java.util.List;

/**
 * An Item to create without the hosted page. Only institutionId is required; username and password
 * default to user_good / pass_good (other values follow the login scenarios), products to
 * ["transactions"], daysRequested to 90, webhook to the sandbox's default webhook URL.
 */
public record NewItem(String institutionId, String username, String password, String webhook, List<String> products,
                      Integer daysRequested) {

    public static NewItem at(String institutionId) {
        return new NewItem(institutionId, null, null, null, null, null);
    }

    public NewItem withWebhook(String url) {
        return new NewItem(institutionId, username, password, url, products, daysRequested);
    }

    public NewItem withLogin(String user, String secret) {
        return new NewItem(institutionId, user, secret, webhook, products, daysRequested);
    }

    public NewItem withProducts(List<String> values) {
        return new NewItem(institutionId, username, password, webhook, values, daysRequested);
    }
}
