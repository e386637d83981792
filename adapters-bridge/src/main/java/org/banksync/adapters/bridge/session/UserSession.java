package org.banksync.adapters.bridge.session;

import org.banksync.adapters.bridge.client.Bearer;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.Failures;
import org.banksync.application.connection.port.out.AggregatorUserRepository.AggregatorUser;

import java.util.function.Function;

/**
 * A company's Bridge user for the length of one operation. Before each call the token is renewed if it
 * expires within five minutes; a 401 all the same (Bridge's clock, a revoked token) renews it once
 * and repeats the call once.
 */
public final class UserSession implements Session {

    private final BridgeUsers users;
    private AggregatorUser user;

    UserSession(BridgeUsers users, AggregatorUser user) {
        this.users = users;
        this.user = user;
    }

    @Override
    public BridgeAnswer send(Function<Bearer, BridgeCall> call) {
        user = users.withFreshToken(user);
        BridgeAnswer answer = users.gateway().send(call.apply(bearer()));
        if (answer.status() == 401 && !Failures.misconfigured(answer)) {
            user = users.renew(user);
            answer = users.gateway().send(call.apply(bearer()));
        }
        return answer;
    }

    /** The Bridge user's uuid. */
    public String userRef() {
        return user.userRef();
    }

    private Bearer bearer() {
        return new Bearer(user.userRef(), user.accessToken());
    }
}
