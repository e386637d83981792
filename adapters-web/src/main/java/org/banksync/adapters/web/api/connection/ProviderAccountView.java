package org.banksync.adapters.web.api.connection;

import org.banksync.application.connection.port.in.FindConnectionsQuery.LinkedProviderAccount;

/** One of the aggregator's accounts of a connection, and the bank account linked to it. */
public record ProviderAccountView(String id, String externalId, String name, String iban, String currency, String type,
                                  String balance, String bankAccountId) {

    static ProviderAccountView of(LinkedProviderAccount linked) {
        var account = linked.account();
        return new ProviderAccountView(account.id().toString(), account.externalId(), account.name(),
                account.iban() == null ? null : account.iban().value(),
                account.currency() == null ? null : account.currency().code(), account.type(),
                account.balance() == null ? null : account.balance().toPlainString(),
                linked.bankAccountId() == null ? null : linked.bankAccountId().toString());
    }
}
