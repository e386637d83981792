package org.banksync.domain.connection;

import java.util.UUID;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.Uuid7;

/** Identifies a {@link BankConnection}. */
public record ConnectionId(UUID value) {

    public ConnectionId {
        Require.present(value, "connectionId");
    }

    public static ConnectionId newId() {
        return new ConnectionId(Uuid7.next());
    }

    public static ConnectionId of(UUID value) {
        return new ConnectionId(value);
    }

    public static ConnectionId parse(String text) {
        return new ConnectionId(Uuid7.parse(text, "connectionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
