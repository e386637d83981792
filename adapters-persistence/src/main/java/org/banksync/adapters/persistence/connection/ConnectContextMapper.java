package org.banksync.adapters.persistence.connection;

import org.banksync.application.connection.ConnectContext;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;

/** Translates between {@link ConnectContext} and {@link ConnectContextEntity}; when it was used stays the row's. */
final class ConnectContextMapper {
    private ConnectContextMapper() {
    }

    static ConnectContext toDomain(ConnectContextEntity row) {
        return new ConnectContext(row.tokenHash, BankId.of(row.bankId), CompanyCode.of(row.companyCode),
                Provider.fromWireName(row.provider), row.username,
                row.connectionId == null ? null : ConnectionId.of(row.connectionId), row.createdAt, row.expiresAt);
    }

    static void copy(ConnectContext context, ConnectContextEntity row) {
        row.tokenHash = context.tokenHash();
        row.bankId = context.bankId().value();
        row.companyCode = context.company().value();
        row.provider = context.provider().wireName();
        row.username = context.username();
        row.connectionId = context.connectionId() == null ? null : context.connectionId().value();
        row.createdAt = context.createdAt();
        row.expiresAt = context.expiresAt();
    }
}
