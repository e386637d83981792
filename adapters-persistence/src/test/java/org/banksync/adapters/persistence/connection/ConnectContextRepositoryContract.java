package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.connection.ConnectContext;
import org.banksync.application.connection.port.out.ConnectContextRepository;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.connection.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ConnectContextRepository} promises; a subclass runs it against one implementation. */
public abstract class ConnectContextRepositoryContract {

    protected static final Duration LIFETIME = Duration.ofMinutes(30);

    protected final Ports ports;
    protected final ConnectContextRepository contexts;
    protected final CompanyCode company;
    protected final BankId bank;
    protected final Instant now;

    protected ConnectContextRepositoryContract(Ports ports) {
        this.ports = ports;
        this.contexts = ports.contexts;
        this.company = ports.storedCompany();
        this.bank = ports.storedBank();
        this.now = ports.clock.instant();
    }

    /** A hash as the application makes them: SHA-256 of a token, in lower-case hex. */
    protected static String newHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A first connection's context, started now and saved. */
    protected ConnectContext saved() {
        ConnectContext context = new ConnectContext(newHash(), bank, company, Provider.BRIDGE, "alice", null, now, now.plus(LIFETIME));
        contexts.save(context);
        return context;
    }

    @Test
    @DisplayName("a saved context is usable with every field as saved, a reconnection's connection included, until it expires")
    void usableUntilItExpires() {
        ConnectionId renewed = ports.storedConnection(bank, company);
        Instant expiresAt = Instant.parse("2026-11-26T03:30:00.123456Z");
        ConnectContext context = new ConnectContext(newHash(), bank, company, Provider.PLAID, "bob", renewed, now, expiresAt);
        contexts.save(context);

        assertThat(contexts.findUsable(context.tokenHash(), now)).contains(context);
        assertThat(contexts.findUsable(context.tokenHash(), expiresAt.minusNanos(1000))).contains(context);
        assertThat(contexts.findUsable(context.tokenHash(), expiresAt)).isEmpty();
    }

    @Test
    @DisplayName("looking a context up changes nothing: it can still be consumed afterwards")
    void lookingUpChangesNothing() {
        ConnectContext context = saved();

        contexts.findUsable(context.tokenHash(), now);
        contexts.findUsable(context.tokenHash(), now);

        assertThat(contexts.consume(context.tokenHash(), now)).contains(context);
    }

    @Test
    @DisplayName("a context is consumed once: then it is neither usable nor consumable again")
    void consumedOnce() {
        ConnectContext context = saved();

        assertThat(contexts.consume(context.tokenHash(), now.plusSeconds(5))).contains(context);

        assertThat(contexts.consume(context.tokenHash(), now.plusSeconds(6))).isEmpty();
        assertThat(contexts.findUsable(context.tokenHash(), now.plusSeconds(6))).isEmpty();
    }

    @Test
    @DisplayName("an expired context cannot be consumed, and the attempt changes nothing")
    void expiredIsNotConsumed() {
        ConnectContext context = saved();

        assertThat(contexts.consume(context.tokenHash(), context.expiresAt())).isEmpty();
        assertThat(contexts.consume(context.tokenHash(), context.expiresAt().plusSeconds(1))).isEmpty();

        assertThat(contexts.findUsable(context.tokenHash(), now)).contains(context);
    }

    @Test
    @DisplayName("contexts are apart: consuming one leaves another usable")
    void contextsAreApart() {
        ConnectContext first = saved();
        ConnectContext second = saved();

        contexts.consume(first.tokenHash(), now);

        assertThat(contexts.findUsable(second.tokenHash(), now)).contains(second);
    }

    @Test
    @DisplayName("an unknown context is neither usable nor consumable")
    void unknownContext() {
        String unknown = newHash();

        assertThat(contexts.findUsable(unknown, now)).isEmpty();
        assertThat(contexts.consume(unknown, now)).isEmpty();
    }
}
