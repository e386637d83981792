package org.banksync.application.connection;

import jakarta.inject.Inject;
import org.banksync.application.bank.port.out.BankRepository;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.connection.port.in.StartBankConnectionUseCase;
import org.banksync.application.connection.port.out.BankConnector.ConnectSessionRequest;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.application.connection.port.out.ConnectionRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.shared.DomainViolation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Starts a connection: a fresh single-use context, then the aggregator's connect session. */
@UseCase
public class StartBankConnectionService implements StartBankConnectionUseCase {

    private BankRepository banks;
    private CompanyRepository companies;
    private ConnectionRepository connections;
    private ConnectContextRepository contexts;
    private ConnectorRegistry connectors;
    private Clock clock;

    protected StartBankConnectionService() {
    }

    @Inject
    public StartBankConnectionService(BankRepository banks, CompanyRepository companies, ConnectionRepository connections,
                                      ConnectContextRepository contexts, ConnectorRegistry connectors, Clock clock) {
        this.banks = banks;
        this.companies = companies;
        this.connections = connections;
        this.contexts = contexts;
        this.connectors = connectors;
        this.clock = clock;
    }

    @Override
    public ConnectStart start(StartConnectionCommand command) {
        if (!banks.exists(command.bankId())) {
            throw new NotFound("bank", command.bankId());
        }
        if (!companies.exists(command.company())) {
            throw new DomainViolation("company", "there is no company " + command.company());
        }
        var connector = connectors.of(command.provider());
        connections.findLive(command.bankId(), command.company()).ifPresent(live -> {
            throw new Conflict("this bank is already connected for company " + command.company()
                    + " (connection " + live.id() + "); reconnect it instead");
        });
        String token = ContextTokens.newToken();
        Instant now = clock.instant();
        contexts.save(new ConnectContext(ContextTokens.hash(token), command.bankId(), command.company(), command.provider(),
                command.username(), null, now, now.plus(ContextTokens.LIFETIME)));
        URI url = connector.startConnectSession(command.company(), new ConnectSessionRequest(token, Optional.empty(), false));
        return new ConnectStart(url, null);
    }
}
