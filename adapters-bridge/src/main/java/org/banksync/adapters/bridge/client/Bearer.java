package org.banksync.adapters.bridge.client;

/** A user's access token as sent on user-scoped calls, with the user whose request budget it spends. */
public record Bearer(String userRef, String accessToken) {

    String header() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        return "Bearer[" + userRef + ", ****]";
    }
}
