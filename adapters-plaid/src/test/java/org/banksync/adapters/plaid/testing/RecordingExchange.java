package org.banksync.adapters.plaid.testing;

import org.banksync.adapters.plaid.client.PlaidCall;
import org.banksync.adapters.plaid.http.Exchange;
import org.banksync.adapters.plaid.http.PlaidAnswer;
import org.banksync.adapters.plaid.http.ServerFailure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real exchange, noting each attempt as "description -> status" (or "-> failed"). */
public final class RecordingExchange extends Exchange {

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @Override
    public PlaidAnswer exchange(PlaidCall call) {
        try {
            PlaidAnswer answer = super.exchange(call);
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

    /** The attempts whose description starts with {@code prefix}, e.g. "POST /transactions/sync". */
    public List<String> attempts(String prefix) {
        return attempts.stream().filter(attempt -> attempt.startsWith(prefix)).toList();
    }

    public void clear() {
        attempts.clear();
    }
}
