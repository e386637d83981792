package org.banksync.sandbox.bridge.control;

import java.math.BigDecimal;

/** An account as the control API reports it (a subset of Bridge's account). */
public record AccountRecord(long id, String name, String type, String currencyCode, String iban, BigDecimal balance,
                            long itemId) {
}
