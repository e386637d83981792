package org.banksync.domain.connection;

/** The health of a connection as the aggregator reports it (DESIGN.md section 3 maps provider codes here). */
public enum ConnectionState {
    OK,
    SYNC_IN_PROGRESS,
    /** The user must act on the provider's page (SCA, new credentials, a form). */
    ACTION_NEEDED,
    /** The PSD2 consent lapsed; the user must renew it. */
    CONSENT_EXPIRED,
    TEMPORARY_ERROR,
    /** The bank is not (or no longer) supported by the provider. */
    UNSUPPORTED,
    /** The provider's item is gone; only a new connection can replace it. */
    DISCONNECTED;

    /** True when the user can repair the connection by going through the provider's flow again. */
    public boolean needsReconnect() {
        return this == ACTION_NEEDED || this == CONSENT_EXPIRED;
    }
}
