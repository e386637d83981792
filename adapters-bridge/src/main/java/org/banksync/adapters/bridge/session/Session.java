package org.banksync.adapters.bridge.session;

import org.banksync.adapters.bridge.client.Bearer;
import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.http.BridgeAnswer;

import java.util.function.Function;

/** Sends calls as someone: a company's Bridge user (with its token), or the application alone. */
public interface Session {

    /** Sends the call built for the current bearer (null for the application) and answers what Bridge said. */
    BridgeAnswer send(Function<Bearer, BridgeCall> call);
}
