package org.banksync.application.connection.port.out;

import org.banksync.application.connection.ProviderAccount;
import org.banksync.domain.connection.ConnectionId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The aggregator's accounts of each connection, as last read. */
public interface ProviderAccountRepository {

    /** Replaces what is known of the connection's accounts with what was just read (keeping each account's id). */
    List<ProviderAccount> replaceAll(ConnectionId connectionId, List<ProviderAccountSnapshot> accounts);

    List<ProviderAccount> findByConnection(ConnectionId connectionId);

    Optional<ProviderAccount> findById(UUID id);
}
