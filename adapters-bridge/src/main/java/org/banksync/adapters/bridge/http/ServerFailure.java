package org.banksync.adapters.bridge.http;

/** A 5xx answer, thrown so that the circuit breaker counts it; the retry loop unwraps it. */
public final class ServerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient BridgeAnswer answer;

    ServerFailure(BridgeAnswer answer) {
        super(answer.describe());
        this.answer = answer;
    }

    public BridgeAnswer answer() {
        return answer;
    }
}
