package org.banksync.adapters.persistence.connection;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.ConnectionState;
import org.banksync.domain.connection.Provider;

/** Translates between {@link BankConnection} and {@link BankConnectionEntity}. */
final class BankConnectionMapper {
    private BankConnectionMapper() {
    }

    static BankConnection toDomain(BankConnectionEntity row) {
        return BankConnection.reconstitute(ConnectionId.of(row.id), BankId.of(row.bankId), CompanyCode.of(row.companyCode),
                Provider.fromWireName(row.provider), row.externalItemId, ConnectionState.valueOf(row.state), row.stateDetail,
                row.consentExpiresAt, row.lastRefreshAt);
    }

    static void copy(BankConnection connection, BankConnectionEntity row) {
        row.id = connection.id().value();
        row.bankId = connection.bankId().value();
        row.companyCode = connection.company().value();
        row.provider = connection.provider().wireName();
        row.externalItemId = connection.externalItemId();
        row.state = connection.state().name();
        row.stateDetail = connection.stateDetail();
        row.consentExpiresAt = connection.consentExpiresAt();
        row.lastRefreshAt = connection.lastRefreshAt();
    }
}
