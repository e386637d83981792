package org.banksync.adapters.plaid.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.banksync.adapters.plaid.client.PlaidCall;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

/**
 * One attempt at a Plaid call, under MicroProfile Fault Tolerance: a timeout above the client's own
 * read timeout (which is what actually unblocks a stuck read), a circuit breaker that opens when Plaid
 * keeps failing (5xx, broken connections, timeouts; not 4xx, which are answers), and a bulkhead that
 * bounds concurrent calls from this instance. The whole body is read here, so that a connection cut
 * mid-answer is told apart from malformed JSON. Retries are the caller's ({@link PlaidGateway}).
 */
@ApplicationScoped
public class Exchange {

    @Timeout(value = 45, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = {ServerFailure.class, TransportFailure.class, TimeoutException.class})
    @Bulkhead(16)
    public PlaidAnswer exchange(PlaidCall call) {
        Response response;
        try {
            response = call.send().get();
        } catch (ProcessingException e) {
            throw TransportFailure.of(e);
        }
        try (response) {
            PlaidAnswer answer = new PlaidAnswer(response.getStatus(), body(response), response.getHeaderString("Retry-After"));
            if (answer.status() >= 500) {
                throw new ServerFailure(answer);
            }
            return answer;
        }
    }

    private static String body(Response response) {
        byte[] body;
        try {
            if (!response.hasEntity()) {
                return "";
            }
            try (InputStream in = response.readEntity(InputStream.class)) {
                body = in.readAllBytes();
            }
        } catch (IOException | ProcessingException e) {
            throw TransportFailure.of(e);
        }
        int announced = response.getLength();
        if (announced >= 0 && body.length < announced) {
            throw new TransportFailure("the connection closed after " + body.length + " of the " + announced
                    + " bytes announced", true, null);
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
