package org.banksync.application.connection.port.in;

import org.banksync.application.connection.port.in.StartBankConnectionUseCase.ConnectStart;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.Require;

/** "Reconnect": renews an existing connection's consent through the aggregator's hosted flow. */
public interface ReconnectBankUseCase {

    ConnectStart reconnect(ReconnectCommand command);

    /** The connection to renew and who renews it. */
    record ReconnectCommand(ConnectionId connectionId, String username) {
        public ReconnectCommand {
            Require.present(connectionId, "connectionId");
            username = Require.text(username, "username", 100);
        }
    }
}
