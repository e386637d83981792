package org.banksync.domain.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Require;

/** A company's connection to one bank through a provider item, with the state the provider last reported. */
public final class BankConnection {

    public static final int EXTERNAL_ID_MAX_LENGTH = 255;
    public static final int DETAIL_MAX_LENGTH = 1000;

    private final ConnectionId id;
    private final BankId bankId;
    private final CompanyCode company;
    private final Provider provider;
    private final String externalItemId;
    private ConnectionState state;
    private String stateDetail;
    private Instant consentExpiresAt;
    private Instant lastRefreshAt;

    private BankConnection(ConnectionId id, BankId bankId, CompanyCode company, Provider provider,
            String externalItemId, ConnectionState state, String stateDetail, Instant consentExpiresAt,
            Instant lastRefreshAt) {
        this.id = Require.present(id, "id");
        this.bankId = Require.present(bankId, "bankId");
        this.company = Require.present(company, "company");
        this.provider = Require.present(provider, "provider");
        this.externalItemId = Require.text(externalItemId, "externalItemId", EXTERNAL_ID_MAX_LENGTH);
        this.state = Require.present(state, "state");
        this.stateDetail = Require.optionalText(stateDetail, "stateDetail", DETAIL_MAX_LENGTH);
        this.consentExpiresAt = consentExpiresAt;
        this.lastRefreshAt = lastRefreshAt;
    }

    /** A new connection for the provider item the user just created; OK until the provider says otherwise. */
    public static BankConnection open(BankId bankId, CompanyCode company, Provider provider, String externalItemId) {
        return new BankConnection(ConnectionId.newId(), bankId, company, provider, externalItemId,
                ConnectionState.OK, null, null, null);
    }

    /** A stored connection, for persistence mappers only. */
    public static BankConnection reconstitute(ConnectionId id, BankId bankId, CompanyCode company, Provider provider,
            String externalItemId, ConnectionState state, String stateDetail, Instant consentExpiresAt,
            Instant lastRefreshAt) {
        return new BankConnection(id, bankId, company, provider, externalItemId, state, stateDetail,
                consentExpiresAt, lastRefreshAt);
    }

    /**
     * Records what the provider reports. A null consent expiry or refresh time keeps the known one;
     * the last refresh never moves backwards. A disconnected connection refuses any report.
     */
    public void updateState(ConnectionState newState, String detail, Instant newConsentExpiresAt, Instant refreshedAt) {
        Require.present(newState, "state");
        if (state == ConnectionState.DISCONNECTED) {
            throw new DomainViolation("state", "connection " + id + " is disconnected; open a new connection instead");
        }
        this.state = newState;
        this.stateDetail = Require.optionalText(detail, "stateDetail", DETAIL_MAX_LENGTH);
        if (newConsentExpiresAt != null) {
            this.consentExpiresAt = newConsentExpiresAt;
        }
        if (refreshedAt != null && (lastRefreshAt == null || refreshedAt.isAfter(lastRefreshAt))) {
            this.lastRefreshAt = refreshedAt;
        }
    }

    /** The provider item is gone (deleted by the user or the provider); final. */
    public void disconnect() {
        this.state = ConnectionState.DISCONNECTED;
        this.stateDetail = null;
    }

    /** True when the consent is known to end before {@code now + window} (or has already ended). */
    public boolean consentExpiresWithin(Duration window, Clock clock) {
        return consentExpiresAt != null && consentExpiresAt.isBefore(clock.instant().plus(window));
    }

    /** True when the user must go through the provider's flow again before the next sync can succeed. */
    public boolean needsReconnect() {
        return state.needsReconnect();
    }

    /** False once disconnected; a bank and company have at most one live connection. */
    public boolean isLive() {
        return state != ConnectionState.DISCONNECTED;
    }

    public ConnectionId id() {
        return id;
    }

    public BankId bankId() {
        return bankId;
    }

    public CompanyCode company() {
        return company;
    }

    public Provider provider() {
        return provider;
    }

    public String externalItemId() {
        return externalItemId;
    }

    public ConnectionState state() {
        return state;
    }

    public String stateDetail() {
        return stateDetail;
    }

    public Instant consentExpiresAt() {
        return consentExpiresAt;
    }

    public Instant lastRefreshAt() {
        return lastRefreshAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankConnection connection && id.equals(connection.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "BankConnection[" + id + ", " + provider.wireName() + " " + externalItemId + ", " + state + "]";
    }
}
