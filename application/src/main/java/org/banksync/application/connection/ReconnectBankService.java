package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.connection.port.in.ReconnectBankUseCase;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase.ConnectStart;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.connection.BankConnection;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Renews a connection's consent: the aggregator's flow on the same item, with re-authentication forced. */
@UseCase
public class ReconnectBankService implements ReconnectBankUseCase {

    private ConnectionRepository connections;
    private ConnectContextRepository contexts;
    private ConnectorRegistry connectors;
    private Clock clock;

    protected ReconnectBankService() {
    }

    @Inject
    public ReconnectBankService(ConnectionRepository connections, ConnectContextRepository contexts,
                                ConnectorRegistry connectors, Clock clock) {
        this.connections = connections;
        this.contexts = contexts;
        this.connectors = connectors;
        this.clock = clock;
    }

    @Override
    public ConnectStart reconnect(ReconnectCommand command) {
        BankConnection connection = connections.findById(command.connectionId())
                .orElseThrow(() -> new NotFound("connection", command.connectionId()));
        if (!connection.isLive() || connection.externalItemId() == null) {
            throw new Conflict("connection " + connection.id() + " is disconnected; connect the bank again instead");
        }
        var connector = connectors.of(connection.provider());
        String token = ContextTokens.newToken();
        Instant now = clock.instant();
        contexts.save(new ConnectContext(ContextTokens.hash(token), connection.bankId(), connection.company(),
                connection.provider(), command.username(), connection.id(), now, now.plus(ContextTokens.LIFETIME)));
        URI url = connector.startConnectSession(connection.company(),
                new ConnectSessionRequest(token, Optional.of(connection.externalItemId()), true));
        return new ConnectStart(url, connection.id());
    }
}
