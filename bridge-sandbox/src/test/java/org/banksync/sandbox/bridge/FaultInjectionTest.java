package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.Duration;
import org.banksync.sandbox.bridge.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Faults can be injected on Bridge paths")
class FaultInjectionTest {

    private static final String TRANSACTIONS = "/v3/aggregation/transactions";

    private SandboxFixture fixture;
    private SandboxFixture.Connected user;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(600);
        user = fixture.connected("success");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private BridgeHttp.Reply transactions() {
        return fixture.http.get(TRANSACTIONS + "?limit=500", user.token());
    }

    @Test
    @DisplayName("the next two responses are 503, then service resumes")
    void statusTwice() {
        fixture.control.injectFault(Fault.status(503, 2));
        assertThat(transactions().status()).isEqualTo(503);
        BridgeHttp.Reply second = transactions();
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.errorCode()).isEqualTo("service_unavailable");
        assertThat(transactions().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a 500 targets only the path prefix it names")
    void pathPrefix() {
        fixture.control.injectFault(Fault.status(500, 1).on(TRANSACTIONS));
        assertThat(fixture.http.get("/v3/aggregation/accounts", user.token()).status()).isEqualTo(200);
        assertThat(transactions().status()).isEqualTo(500);
        assertThat(transactions().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a 429 comes with Retry-After when asked, and without it otherwise")
    void tooManyRequests() {
        fixture.control.injectFault(Fault.tooManyRequests(1, 7));
        BridgeHttp.Reply withHeader = transactions();
        assertThat(withHeader.status()).isEqualTo(429);
        assertThat(withHeader.headers().firstValue("Retry-After")).hasValue("7");

        fixture.control.injectFault(Fault.tooManyRequests(1, null));
        BridgeHttp.Reply without = transactions();
        assertThat(without.status()).isEqualTo(429);
        assertThat(without.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    @DisplayName("a malformed body is a 200 whose JSON does not parse")
    void malformedJson() {
        fixture.control.injectFault(Fault.malformedJson(1));
        BridgeHttp.Reply reply = transactions();
        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> BridgeHttp.JSON.readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
        assertThat(transactions().json().get("resources")).hasSize(500);
    }

    @Test
    @DisplayName("a dropped connection cuts a page half-way, and the next call is whole")
    void droppedConnection() {
        fixture.control.injectFault(Fault.dropConnection(1).on(TRANSACTIONS));
        assertThatThrownBy(this::transactions).hasRootCauseInstanceOf(IOException.class);
        assertThat(transactions().json().get("resources")).hasSize(500);
    }

    @Test
    @DisplayName("latency delays responses until the faults are cleared")
    void latency() {
        fixture.control.injectFault(Fault.latency(Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThat(fixture.http.get("/v3/providers/574").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(fixture.control.faults()).hasSize(1);
        fixture.control.clearFaults();
        assertThat(fixture.control.faults()).isEmpty();
    }

    @Test
    @DisplayName("faults are listed until spent, and the control API itself is never faulted")
    void controlIsNotFaulted() {
        fixture.control.injectFault(Fault.status(500, 3));
        assertThat(fixture.control.faults()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(500));
        assertThat(fixture.control.now()).isEqualTo(SandboxFixture.START);
    }
}
