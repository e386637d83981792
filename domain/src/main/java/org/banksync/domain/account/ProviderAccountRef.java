package org.banksync.domain.account;

import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.Require;

/** The aggregator's account a bank account is fed from: the connection and the provider's account id. */
public record ProviderAccountRef(ConnectionId connectionId, String externalAccountId) {

    public static final int MAX_LENGTH = 255;

    public ProviderAccountRef {
        Require.present(connectionId, "connectionId");
        externalAccountId = Require.text(externalAccountId, "providerAccountId", MAX_LENGTH);
    }
}
