package org.banksync.adapters.persistence.connection;

import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;

/** Translates between {@link ProviderAccount} and {@link ProviderAccountEntity}. */
final class ProviderAccountMapper {
    private ProviderAccountMapper() {
    }

    static ProviderAccount toDomain(ProviderAccountEntity row) {
        return new ProviderAccount(row.id, ConnectionId.of(row.connectionId), row.externalId, row.name,
                row.iban == null ? null : Iban.of(row.iban), row.currency == null ? null : CurrencyCode.of(row.currency),
                row.type, row.balance, row.updatedAt);
    }

    /** What the aggregator just said of the account; the row keeps its id and connection. */
    static void copy(ProviderAccountSnapshot snapshot, ProviderAccountEntity row) {
        row.externalId = snapshot.externalId();
        row.name = snapshot.name();
        row.iban = snapshot.iban() == null ? null : snapshot.iban().value();
        row.currency = snapshot.currency() == null ? null : snapshot.currency().code();
        row.type = snapshot.type();
        row.balance = snapshot.balance();
    }
}
