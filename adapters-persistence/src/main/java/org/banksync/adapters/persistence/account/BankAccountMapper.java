package org.banksync.adapters.persistence.account;

import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;

/** Translates between {@link BankAccount} and {@link BankAccountEntity}. */
final class BankAccountMapper {
    private BankAccountMapper() {
    }

    static BankAccount toDomain(BankAccountEntity row) {
        ProviderAccountRef link = row.providerConnectionId == null ? null
                : new ProviderAccountRef(ConnectionId.of(row.providerConnectionId), row.providerAccountExternalId);
        return BankAccount.reconstitute(BankAccountId.of(row.id), CompanyCode.of(row.companyCode), BankId.of(row.bankId),
                row.name, row.iban == null ? null : Iban.of(row.iban), CurrencyCode.of(row.currency), row.glAccount, link,
                row.syncStartDate, row.lastSyncedAt, row.syncWatermark);
    }

    static void copy(BankAccount account, BankAccountEntity row) {
        row.id = account.id().value();
        row.companyCode = account.company().value();
        row.bankId = account.bankId().value();
        row.name = account.name();
        row.iban = account.iban() == null ? null : account.iban().value();
        row.currency = account.currency().code();
        row.glAccount = account.glAccount();
        row.providerConnectionId = account.providerAccount() == null ? null : account.providerAccount().connectionId().value();
        row.providerAccountExternalId = account.providerAccount() == null ? null : account.providerAccount().externalAccountId();
        row.syncStartDate = account.syncStartDate();
        row.lastSyncedAt = account.lastSuccessfulSyncAt();
        row.syncWatermark = account.syncWatermark();
    }
}
