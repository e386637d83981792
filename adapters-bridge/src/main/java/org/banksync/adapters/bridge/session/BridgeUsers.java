package org.banksync.adapters.bridge.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.bridge.client.BridgeEndpoints;
import org.banksync.adapters.bridge.client.BridgeUser;
import org.banksync.adapters.bridge.client.UserToken;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.BridgeGateway;
import org.banksync.adapters.bridge.http.Failures;
import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorUserRepository;
import org.banksync.application.connection.port.out.AggregatorUserRepository.AggregatorUser;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/**
 * One Bridge user per company, kept through {@link AggregatorUserRepository} (which encrypts the
 * token): created on first need, its token renewed five minutes before it expires, and created anew
 * if Bridge no longer knows it.
 */
@ApplicationScoped
public class BridgeUsers {

    static final Duration RENEW_AHEAD = Duration.ofMinutes(5);
    private static final System.Logger LOG = System.getLogger(BridgeUsers.class.getName());

    private AggregatorUserRepository repository;
    private BridgeGateway gateway;
    private BridgeEndpoints endpoints;
    private Clock clock;

    protected BridgeUsers() {
    }

    @Inject
    public BridgeUsers(AggregatorUserRepository repository, BridgeGateway gateway, BridgeEndpoints endpoints,
                       Clock clock) {
        this.repository = repository;
        this.gateway = gateway;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** The company's Bridge user, created at Bridge if it has none yet. */
    public UserSession open(CompanyCode company) {
        AggregatorUser user = repository.find(Provider.BRIDGE, company).orElseGet(() -> create(company));
        return new UserSession(this, user);
    }

    /** Where the sessions send their calls. */
    public BridgeGateway gateway() {
        return gateway;
    }

    /** The user with a token good for five more minutes at least, renewed (and stored) if needed. */
    public AggregatorUser withFreshToken(AggregatorUser user) {
        boolean fresh = user.accessToken() != null && user.tokenExpiresAt() != null
                && user.tokenExpiresAt().isAfter(clock.instant().plus(RENEW_AHEAD));
        return fresh ? user : renew(user);
    }

    /** A new token; when Bridge no longer knows the user (deleted there), a new user with its token. */
    public AggregatorUser renew(AggregatorUser user) {
        BridgeAnswer answer = gateway.send(endpoints.tokenForUser(user.userRef()));
        if (answer.status() == 404) {
            LOG.log(Level.WARNING, "Bridge no longer knows the user {0} of company {1}; creating a new one",
                    user.userRef(), user.company());
            AggregatorUser created = create(user.company());
            return created.accessToken() != null ? created
                    : tokenFor(created, gateway.send(endpoints.tokenForUser(created.userRef())));
        }
        return tokenFor(user, answer);
    }

    private AggregatorUser tokenFor(AggregatorUser user, BridgeAnswer answer) {
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the access token of company " + user.company());
        }
        UserToken token = UserToken.parse(answer.body());
        AggregatorUser renewed = user.withToken(token.accessToken(), token.expiresAt());
        repository.save(renewed);
        return renewed;
    }

    /** Creates the company's user at Bridge and stores it (its token comes on first use). */
    private AggregatorUser create(CompanyCode company) {
        String externalId = ExternalUserIds.of(company);
        BridgeAnswer answer = gateway.send(endpoints.createUser(externalId));
        AggregatorUser user;
        if (answer.status() == 409) {
            user = adopt(company, externalId);
        } else if (answer.isSuccess()) {
            BridgeUser created = BridgeUser.parse(answer.body());
            user = new AggregatorUser(Provider.BRIDGE, company, externalId, created.uuid(), null, null);
        } else {
            throw Failures.of(answer, "the creation of company " + company + "'s Bridge user");
        }
        repository.save(user);
        LOG.log(Level.INFO, "Bridge user {0} ({1}) ready for company {2}", user.userRef(), externalId, company);
        return user;
    }

    /**
     * The user Bridge already has under this external id (an earlier attempt whose answer was lost, or
     * a repository restored from a backup), found through a token request by external id.
     */
    private AggregatorUser adopt(CompanyCode company, String externalId) {
        BridgeAnswer answer = gateway.send(endpoints.tokenForExternalId(externalId));
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the existing Bridge user " + externalId);
        }
        UserToken token = UserToken.parse(answer.body());
        if (token.user() == null) {
            throw new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, "Bridge says the user " + externalId
                    + " exists but its token answer does not name it. Try again; if it persists, contact support.");
        }
        return new AggregatorUser(Provider.BRIDGE, company, externalId, token.user().uuid(), token.accessToken(),
                token.expiresAt());
    }
}
