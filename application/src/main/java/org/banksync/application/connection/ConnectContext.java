package org.banksync.application.connection;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;

import java.time.Instant;

/**
 * A pending connect flow: who started it, for which bank and company, and (for a reconnection)
 * which connection. Identified by the SHA-256 of the token sent to the aggregator as {@code context}.
 */
public record ConnectContext(String tokenHash, BankId bankId, CompanyCode company, Provider provider, String username,
                             ConnectionId connectionId, Instant createdAt, Instant expiresAt) {
}
