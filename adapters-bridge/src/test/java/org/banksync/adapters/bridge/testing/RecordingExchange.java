package org.banksync.adapters.bridge.testing;

import org.banksync.adapters.bridge.client.BridgeCall;
import org.banksync.adapters.bridge.http.BridgeAnswer;
import org.banksync.adapters.bridge.http.Exchange;
import org.banksync.adapters.bridge.http.ServerFailure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real exchange, noting each attempt as "description -> status" (or "-> failed"). */
public final class RecordingExchange extends Exchange {

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @Override
    public BridgeAnswer exchange(BridgeCall call) {
        try {
            BridgeAnswer answer = super.exchange(call);
            attempts.add(call.description() + " -> " + answer.status());
            return answer;
        } catch (ServerFailure failure) {
            attempts.add(call.description() + " -> " + failure.answer().status());
            throw failure;
        } catch (RuntimeException failure) {
            attempts.add(call.description() + " -> failed");
            throw failure;
        }
    }

    public List<String> attempts() {
        return List.copyOf(attempts);
    }

    public void clear() {
        attempts.clear();
    }
}
