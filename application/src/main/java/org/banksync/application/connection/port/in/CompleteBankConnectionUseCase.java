package org.banksync.application.connection.port.in;

import org.banksync.application.connection.ProviderAccount;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;

import java.util.List;

/**
 * The aggregator's callback at the end of its hosted flow: checks the context, stores the
 * connection, reads its accounts and links those whose IBAN a bank account of the company has.
 */
public interface CompleteBankConnectionUseCase {

    ConnectOutcome complete(ConnectCallback callback);

    /**
     * What the callback carried. {@code callerUsername} is the signed-in user whose browser brought
     * it, when there is one: it must then be the user who started the flow.
     */
    record ConnectCallback(Provider provider, String context, boolean success, String itemId, String step,
                           String callerUsername) {
    }

    /** How the flow ended. */
    sealed interface ConnectOutcome {

        /** The context is unknown, used already, expired, or not this user's: nothing changed. */
        record Refused(String reason) implements ConnectOutcome {
        }

        /** The user did not finish at the aggregator: what happened and what to do. */
        record Failed(BankId bankId, String step, String message, String remedy) implements ConnectOutcome {
        }

        /** Connected: how many accounts were linked by IBAN, and the others to link or create. */
        record Connected(BankId bankId, ConnectionId connectionId, int linked, List<ProviderAccount> proposals,
                         List<String> rejected) implements ConnectOutcome {
            public Connected {
                proposals = List.copyOf(proposals);
                rejected = List.copyOf(rejected);
            }
        }
    }
}
