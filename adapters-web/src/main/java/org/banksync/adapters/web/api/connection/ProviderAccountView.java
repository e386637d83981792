package org.banksync.adapters.web.api.connection;

import org.banksync.application.connection.port.in.FindConnectionsQuery.LinkedProviderAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the aggregator's accounts of a connection, and the bank account linked to it. */
@Schema(name = "ProviderAccount", description = "One of the aggregator's accounts of a connection, and the bank account"
        + " linked to it.")
public record ProviderAccountView(
        @Schema(description = "Banksync's identifier of the provider account (for PUT .../provider-account).") String id,
        @Schema(description = "The aggregator's identifier of the account.") String externalId,
        @Schema(description = "The account's name at the bank.", nullable = true) String name,
        @Schema(description = "The account's IBAN.", nullable = true, example = "FR7630006000011234567890189") String iban,
        @Schema(description = "ISO 4217 currency code.", nullable = true, example = "EUR") String currency,
        @Schema(description = "The aggregator's account type.", nullable = true, example = "checking") String type,
        @Schema(description = "The balance, a decimal string.", format = "decimal", nullable = true, example = "1520.35")
        String balance,
        @Schema(description = "The bank account linked to it, if any.", nullable = true) String bankAccountId) {

    static ProviderAccountView of(LinkedProviderAccount linked) {
        var account = linked.account();
        return new ProviderAccountView(account.id().toString(), account.externalId(), account.name(),
                account.iban() == null ? null : account.iban().value(),
                account.currency() == null ? null : account.currency().code(), account.type(),
                account.balance() == null ? null : account.balance().toPlainString(),
                linked.bankAccountId() == null ? null : linked.bankAccountId().toString());
    }
}
