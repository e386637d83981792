package org.banksync.adapters.web.ui.bank;

import org.banksync.application.connection.port.in.FindConnectionsQuery.LinkedProviderAccount;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.connection.BankConnection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A connection as the bank's page shows it, with its accounts and the bank accounts they may link to. */
public record ConnectionRow(String id, String provider, String state, String stateDetail, LocalDate consentExpiresOn,
                            boolean consentExpiringSoon, boolean reconnectNeeded, boolean live,
                            List<AccountRow> accounts) implements Serializable {

    static ConnectionRow of(BankConnection connection, List<LinkedProviderAccount> providerAccounts,
                            List<BankAccount> accountsOfBank, Clock clock, Duration warning) {
        Map<String, BankAccount> byId = accountsOfBank.stream()
                .collect(Collectors.toMap(account -> account.id().toString(), Function.identity()));
        List<Choice> unlinked = accountsOfBank.stream()
                .filter(account -> !account.isLinked() && account.company().equals(connection.company()))
                .map(account -> new Choice(account.id().toString(), account.name() + " (" + account.currency().code() + ")"))
                .toList();
        boolean expiring = connection.consentExpiresWithin(warning, clock);
        return new ConnectionRow(connection.id().toString(), connection.provider().wireName(), connection.state().name(),
                connection.stateDetail(),
                connection.consentExpiresAt() == null ? null : LocalDate.ofInstant(connection.consentExpiresAt(), ZoneOffset.UTC),
                expiring, connection.needsReconnect() || expiring, connection.isLive(),
                providerAccounts.stream().map(linked -> AccountRow.of(linked, byId, unlinked)).toList());
    }

    /** One of the aggregator's accounts, and either its linked bank account or the choices to link it. */
    public record AccountRow(String id, String name, String iban, String currency, String type, BigDecimal balance,
                             String linkedTo, List<Choice> choices) implements Serializable {
        static AccountRow of(LinkedProviderAccount linked, Map<String, BankAccount> byId, List<Choice> unlinked) {
            var account = linked.account();
            BankAccount bankAccount = linked.bankAccountId() == null ? null : byId.get(linked.bankAccountId().toString());
            return new AccountRow(account.id().toString(), account.name(),
                    account.iban() == null ? "" : account.iban().formatted(),
                    account.currency() == null ? "" : account.currency().code(), account.type(),
                    account.currency() == null ? null : account.balance(),
                    bankAccount == null ? (linked.bankAccountId() == null ? null : linked.bankAccountId().toString()) : bankAccount.name(),
                    unlinked);
        }
    }

    /** A bank account one may link to. */
    public record Choice(String id, String label) implements Serializable {
    }
}
