package org.banksync.application.connection.port.in;

import org.banksync.domain.account.BankAccount;
import org.banksync.domain.shared.Require;

import java.util.UUID;

/** Creates the bank account an aggregator's account stands for (its name, IBAN, currency) and links it, in one step. */
public interface OpenLinkedBankAccountUseCase {

    BankAccount open(OpenLinkedCommand command);

    /** The provider account, and the name the accounting knows it by (null: the aggregator's name). */
    record OpenLinkedCommand(UUID providerAccountId, String name, String glAccount) {
        public OpenLinkedCommand {
            Require.present(providerAccountId, "providerAccountId");
        }
    }
}
