package org.banksync.application.connection.port.in;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.shared.Require;

import java.net.URI;

/** "Connect your bank": starts the aggregator's hosted flow for a bank and a company. */
public interface StartBankConnectionUseCase {

    ConnectStart start(StartConnectionCommand command);

    /** Who connects which bank for which company, through which aggregator (defaults: the default company, Bridge). */
    record StartConnectionCommand(BankId bankId, CompanyCode company, Provider provider, String username) {
        public StartConnectionCommand {
            Require.present(bankId, "bankId");
            company = company == null ? CompanyCode.DEFAULT : company;
            provider = provider == null ? Provider.BRIDGE : provider;
            username = Require.text(username, "username", 100);
        }
    }

    /** Where to send the user's browser; the connection id when an existing connection is being renewed. */
    record ConnectStart(URI connectUrl, ConnectionId connectionId) {
    }
}
