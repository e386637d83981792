package org.banksync.application.connection.port.out;

import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;

import java.math.BigDecimal;

/** One of an item's accounts as the aggregator gives it; the IBAN is null for cards and loans. */
public record ProviderAccountSnapshot(String externalId, String name, Iban iban, CurrencyCode currency, String type,
                                      BigDecimal balance) {
}
