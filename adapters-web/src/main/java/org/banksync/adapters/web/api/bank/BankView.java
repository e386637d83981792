package org.banksync.adapters.web.api.bank;

import org.banksync.domain.bank.Bank;

import java.util.List;

/** A bank as the API shows it (API.md "Bank"). */
public record BankView(String id, String name, String bic, String website, String logoUrl, List<Object> connections) {

    static BankView of(Bank bank) {
        return new BankView(bank.id().toString(), bank.name(),
                bank.bic() == null ? null : bank.bic().value(),
                bank.website() == null ? null : bank.website().toString(),
                bank.logoUrl() == null ? null : bank.logoUrl().toString(),
                List.of());
    }
}
