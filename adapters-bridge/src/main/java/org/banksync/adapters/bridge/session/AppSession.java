package org.banksync.adapters.bridge.session;

import org.banksync.adapters.bridge.client.Bearer;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.BridgeGateway;

import java.util.function.Function;

/** The application alone, for Bridge's public resources (categories, providers): no user token. */
public final class AppSession implements Session {

    private final BridgeGateway gateway;

    public AppSession(BridgeGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public BridgeAnswer send(Function<Bearer, BridgeCall> call) {
        return gateway.send(call.apply(null));
    }
}
