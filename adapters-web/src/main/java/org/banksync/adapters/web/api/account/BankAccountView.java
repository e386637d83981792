package org.banksync.adapters.web.api.account;

import org.banksync.domain.account.BankAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bank account as the API shows it (API.md "BankAccount"). */
@Schema(name = "BankAccount", description = "A company's account at a bank (API.md \"BankAccount\").")
public record BankAccountView(
        @Schema(description = "The bank account's identifier.") String id,
        @Schema(description = "The bank's identifier.") String bankId,
        @Schema(description = "The company code.", example = "ACME") String company,
        @Schema(description = "The account's name.", example = "Main account") String name,
        @Schema(description = "The IBAN.", nullable = true, example = "FR7630006000011234567890189") String iban,
        @Schema(description = "ISO 4217 currency code.", example = "EUR") String currency,
        @Schema(description = "The general-ledger account.", nullable = true, example = "512100") String glAccount,
        @Schema(description = "The linked provider account (see /api/v1/connections/{id}/provider-accounts).", nullable = true)
        String providerAccountId,
        @Schema(description = "The connection of the linked provider account.", nullable = true) String connectionId,
        @Schema(description = "The date synchronisation starts from.", format = "date", nullable = true, example = "2026-01-01")
        String syncStartDate,
        @Schema(description = "When the last successful synchronisation finished (UTC).", format = "date-time", nullable = true)
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
