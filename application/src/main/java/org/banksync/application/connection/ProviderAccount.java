package org.banksync.application.connection;

import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An account of a connection at the aggregator, as last read; a bank account links to it. */
public record ProviderAccount(UUID id, ConnectionId connectionId, String externalId, String name, Iban iban,
                              CurrencyCode currency, String type, BigDecimal balance, Instant updatedAt) {
}
