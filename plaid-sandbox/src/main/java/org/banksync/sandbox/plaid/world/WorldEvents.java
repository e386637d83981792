package org.banksync.sandbox.plaid.world;

import org.banksync.sandbox.plaid.http.ApiError;

/** What the world tells the webhooks about; every method is called after the state changed. */
public interface WorldEvents {

    /** The Item went into an error (ITEM/ERROR). */
    void itemError(Item item, ApiError error);

    /** Consent expires in 7 days or less (ITEM/PENDING_EXPIRATION). */
    void pendingExpiration(Item item);

    /** Update mode cleared the Item's error (ITEM/LOGIN_REPAIRED). */
    void loginRepaired(Item item);

    /** The user revoked access at the bank (ITEM/USER_PERMISSION_REVOKED). */
    void permissionRevoked(Item item, ApiError error);

    /** The Item's transactions changed, or its first history became ready (TRANSACTIONS/SYNC_UPDATES_AVAILABLE). */
    void transactionsUpdated(Item item);

    /** A Link session ended, with success or by exit (LINK/SESSION_FINISHED). */
    void linkSessionFinished(LinkToken token, LinkSession session);

    /** No webhooks at all. */
    WorldEvents NONE = new WorldEvents() {
        @Override
        public void itemError(Item item, ApiError error) {
        }

        @Override
        public void pendingExpiration(Item item) {
        }

        @Override
        public void loginRepaired(Item item) {
        }

        @Override
        public void permissionRevoked(Item item, ApiError error) {
        }

        @Override
        public void transactionsUpdated(Item item) {
        }

        @Override
        public void linkSessionFinished(LinkToken token, LinkSession session) {
        }
    };
}
