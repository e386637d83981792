package org.banksync.adapters.web.ui.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One bank account as the list shows it: where it is, how accounting knows it, what feeds it and when
 * it was, and will next be, synchronised (the next time only for a linked account).
 */
public record BankAccountRow(String id, String name, String company, String bank, String iban, String currency,
                             String glAccount, boolean linked, String linkedTo, LocalDate syncStartDate,
                             LocalDateTime lastSync, LocalDateTime nextSync) implements Serializable {
}
