package org.banksync.adapters.web.api.bank;

import org.banksync.adapters.web.api.connection.ConnectionView;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.connection.BankConnection;

import java.time.Clock;
import java.util.List;

/** A bank as the API shows it (API.md "Bank"). */
public record BankView(String id, String name, String bic, String website, String logoUrl, List<ConnectionView> connections) {

    static BankView of(Bank bank, List<BankConnection> connections, Clock clock) {
        return new BankView(bank.id().toString(), bank.name(),
                bank.bic() == null ? null : bank.bic().value(),
                bank.website() == null ? null : bank.website().toString(),
                bank.logoUrl() == null ? null : bank.logoUrl().toString(),
                connections.stream().map(connection -> ConnectionView.of(connection, clock)).toList());
    }
}
