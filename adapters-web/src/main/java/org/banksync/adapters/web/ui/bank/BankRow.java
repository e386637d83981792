package org.banksync.adapters.web.ui.bank;

import org.banksync.domain.bank.Bank;

import java.io.Serializable;

/** One line of the banks list: the bank and its connection at a glance. */
public record BankRow(String id, String name, String bic, String website, ConnectionGlance connection)
        implements Serializable {

    static BankRow of(Bank bank, ConnectionGlance connection) {
        return new BankRow(bank.id().toString(), bank.name(), bank.bic() == null ? "" : bank.bic().value(),
                bank.website() == null ? "" : bank.website().toString(), connection);
    }
}
