package org.banksync.adapters.web.ui.account;

import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.in.FindConnectionsQuery;
import org.banksync.application.connection.port.in.FindConnectionsQuery.LinkedProviderAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.BankConnection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregator's accounts behind the live connections, read once per screen: the label of the one a bank
 * account is linked to, and those of a bank still free to link.
 */
final class ProviderAccountLabels {

    private final Map<ProviderAccountRef, String> labels = new HashMap<>();
    private final List<Free> free = new ArrayList<>();

    /** An unlinked provider account of a bank and company, by Banksync's id of it. */
    record Free(String id, BankId bankId, CompanyCode company, String label) {
    }

    static ProviderAccountLabels read(FindConnectionsQuery connections) {
        ProviderAccountLabels read = new ProviderAccountLabels();
        for (BankConnection connection : connections.list().stream().filter(BankConnection::isLive).toList()) {
            for (LinkedProviderAccount linked : connections.providerAccounts(connection.id())) {
                ProviderAccount account = linked.account();
                read.labels.put(new ProviderAccountRef(connection.id(), account.externalId()), account.name());
                if (linked.bankAccountId() == null) {
                    read.free.add(new Free(account.id().toString(), connection.bankId(), connection.company(), labelOf(account)));
                }
            }
        }
        return read;
    }

    /** The name of the provider account a bank account is fed from (the IBAN is the bank account's own). */
    String labelOf(ProviderAccountRef ref) {
        return ref == null ? null : labels.getOrDefault(ref, ref.externalAccountId());
    }

    List<Free> freeAt(BankId bankId, CompanyCode company) {
        return free.stream().filter(account -> account.bankId().equals(bankId) && account.company().equals(company)).toList();
    }

    private static String labelOf(ProviderAccount account) {
        return account.name() + (account.iban() == null ? "" : " · " + account.iban().formatted());
    }
}
