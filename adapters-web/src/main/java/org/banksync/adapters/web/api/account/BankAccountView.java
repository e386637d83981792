package org.banksync.adapters.web.api.account;

import org.banksync.domain.account.BankAccount;

/** A bank account as the API shows it (API.md "BankAccount"). */
public record BankAccountView(String id, String bankId, String company, String name, String iban, String currency,
                              String glAccount, String providerAccountId, String connectionId, String syncStartDate,
                              String lastSyncedAt) {

    static BankAccountView of(BankAccount account, String providerAccountId) {
        return new BankAccountView(account.id().toString(), account.bankId().toString(), account.company().value(),
                account.name(), account.iban() == null ? null : account.iban().value(), account.currency().code(),
                account.glAccount(), providerAccountId,
                account.providerAccount() == null ? null : account.providerAccount().connectionId().toString(),
                account.syncStartDate() == null ? null : account.syncStartDate().toString(),
                account.lastSuccessfulSyncAt() == null ? null : account.lastSuccessfulSyncAt().toString());
    }
}
