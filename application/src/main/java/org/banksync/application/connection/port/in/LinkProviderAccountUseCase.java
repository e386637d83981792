package org.banksync.application.connection.port.in;

import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.shared.Require;

import java.util.UUID;

/** Links a bank account to one of the aggregator's accounts, so that its transactions can be synchronised. */
public interface LinkProviderAccountUseCase {

    BankAccount link(LinkCommand command);

    /** The bank account and the provider account (by Banksync's id of it). */
    record LinkCommand(BankAccountId bankAccountId, UUID providerAccountId) {
        public LinkCommand {
            Require.present(bankAccountId, "bankAccountId");
            Require.present(providerAccountId, "providerAccountId");
        }
    }
}
