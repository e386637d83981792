package org.banksync.adapters.plaid.http;

/** A 5xx answer, thrown so that the circuit breaker counts it; the retry loop unwraps it. */
public final class ServerFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient PlaidAnswer answer;

    ServerFailure(PlaidAnswer answer) {
        super(answer.describe());
        this.answer = answer;
    }

    public PlaidAnswer answer() {
        return answer;
    }
}
