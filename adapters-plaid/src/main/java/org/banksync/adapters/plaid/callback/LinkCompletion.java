package org.banksync.adapters.plaid.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.banksync.adapters.plaid.client.Exchanged;
import org.banksync.adapters.plaid.client.LinkSession;
import org.banksync.adapters.plaid.client.PlaidEndpoints;
import org.banksync.adapters.plaid.http.Failures;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.PlaidGateway;
import org.banksync.adapters.plaid.state.PlaidState;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectCallback;
import org.banksync.application.connection.port.in.CompleteBankConnectionUseCase.ConnectOutcome;
import org.banksync.domain.connection.Provider;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * What the callback does once the browser is back from Hosted Link, which says nothing itself: the
 * flow's link token is found by the context's hash, Plaid is asked how its latest Link session ended,
 * a new Item's public token is exchanged (its access token stored as a secret), and the core completes
 * the connection. The exchanged Item is recorded first, so that reloading the callback after a failure
 * completes the same Item instead of exchanging twice; the flow's keys go once the core has answered.
 */
@ApplicationScoped
public class LinkCompletion {

    static final String EXIT_STEP = "exit";
    private static final System.Logger LOG = System.getLogger(LinkCompletion.class.getName());

    private PlaidGateway gateway;
    private PlaidEndpoints endpoints;
    private PlaidState state;
    private CompleteBankConnectionUseCase completion;

    protected LinkCompletion() {
    }

    @Inject
    public LinkCompletion(PlaidGateway gateway, PlaidEndpoints endpoints, PlaidState state,
                          CompleteBankConnectionUseCase completion) {
        this.gateway = gateway;
        this.endpoints = endpoints;
        this.state = state;
        this.completion = completion;
    }

    /** Completes the flow of {@code context} for the signed-in {@code callerUsername} (null when anonymous). */
    public ConnectOutcome complete(String context, String callerUsername) {
        if (context == null || context.isBlank()) {
            return completion.complete(new ConnectCallback(Provider.PLAID, context, false, null, EXIT_STEP, callerUsername));
        }
        String hash = PlaidState.contextHash(context);
        Optional<String> linkToken = state.linkToken(hash);
        if (linkToken.isEmpty()) {
            // Not a flow of ours (or one already finished): the core refuses the context.
            return completion.complete(new ConnectCallback(Provider.PLAID, context, false, null, EXIT_STEP, callerUsername));
        }
        ConnectCallback callback = callbackFor(hash, linkToken.get(), context, callerUsername);
        ConnectOutcome outcome = completion.complete(callback);
        state.forgetLink(hash);
        return outcome;
    }

    private ConnectCallback callbackFor(String hash, String linkToken, String context, String callerUsername) {
        PlaidAnswer answer = gateway.send(endpoints.linkTokenGet(linkToken));
        if (!answer.isSuccess()) {
            throw Failures.of(answer, "the Link session");
        }
        Optional<LinkSession> session = LinkSession.latest(answer.body());
        Optional<String> item = state.linkItem(hash);
        if (session.isEmpty() || !session.get().succeeded()) {
            String step = session.map(s -> s.exitCode() != null ? s.exitCode() : EXIT_STEP).orElse(EXIT_STEP);
            LOG.log(Level.INFO, "Plaid Link session for flow {0} ended without a connection ({1})", shortly(hash),
                    session.map(LinkSession::toString).orElse("no session"));
            return new ConnectCallback(Provider.PLAID, context, false, null, step, callerUsername);
        }
        if (item.isPresent()) {
            return new ConnectCallback(Provider.PLAID, context, true, item.get(), null, callerUsername);
        }
        if (session.get().publicToken() == null) {
            return new ConnectCallback(Provider.PLAID, context, true, null, null, callerUsername);
        }
        PlaidAnswer exchanged = gateway.send(endpoints.exchangePublicToken(session.get().publicToken()));
        if (!exchanged.isSuccess()) {
            throw Failures.of(exchanged, "the exchange of the Link session's public token");
        }
        Exchanged created = Exchanged.parse(exchanged.body());
        state.putAccessToken(created.accessToken());
        state.putLinkItem(hash, created.accessToken().itemId());
        LOG.log(Level.INFO, "Plaid item {0} connected through flow {1}", created.accessToken().itemId(), shortly(hash));
        return new ConnectCallback(Provider.PLAID, context, true, created.accessToken().itemId(), null, callerUsername);
    }

    private static String shortly(String hash) {
        return hash.substring(0, 12);
    }
}
