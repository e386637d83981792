package org.banksync.adapters.bridge.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.banksync.adapters.bridge.client.Bearer;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.client.BridgeEndpoints;
import org.banksync.adapters.bridge.client.ResourcePage;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.Failures;
import org.banksync.application.connection.port.out.AggregatorFailure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads one page of a list, or all of them by following {@code next_uri} verbatim until it is null. */
@ApplicationScoped
public class Pager {

    private BridgeEndpoints endpoints;

    protected Pager() {
    }

    @Inject
    public Pager(BridgeEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * The body of the first page (built by {@code first}) when {@code nextUri} is null, else of the
     * page at {@code nextUri}; anything but a 2xx fails, described as {@code what}.
     */
    public String page(Session session, Function<Bearer, BridgeCall> first, String nextUri, String what) {
        Function<Bearer, BridgeCall> call = nextUri == null ? first : bearer -> endpoints.next(bearer, nextUri);
        BridgeAnswer answer = session.send(call);
        if (!answer.isSuccess()) {
            throw Failures.of(answer, what);
        }
        return answer.body();
    }

    public List<JsonObject> readAll(Session session, Function<Bearer, BridgeCall> first, String what) {
        List<JsonObject> resources = new ArrayList<>();
        String next = null;
        do {
            ResourcePage page = ResourcePage.parse(page(session, first, next, what), what);
            resources.addAll(page.resources());
            if (page.nextUri() != null && page.nextUri().equals(next)) {
                throw new AggregatorFailure(AggregatorFailure.Kind.INVALID_RESPONSE, "Bridge pointed " + what
                        + " to the same page again (" + next + "). Try again later; if it persists, contact support.");
            }
            next = page.nextUri();
        } while (next != null);
        return resources;
    }
}
