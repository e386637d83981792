package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.banksync.sandbox.plaid.control.ItemRecord;
import org.banksync.sandbox.plaid.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Faults answer Plaid's error bodies for the next N calls, optionally on one path")
class FaultsTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private PlaidHttp.Reply sync() {
        return fixture.sync(item.accessToken(), null, 10, null);
    }

    private PlaidHttp.Reply accounts() {
        return fixture.http.call("/accounts/get", PlaidHttp.object().put("access_token", item.accessToken()));
    }

    @Test
    @DisplayName("institution down twice on /transactions/sync: 400 INSTITUTION_ERROR / INSTITUTION_DOWN, other paths untouched")
    void institutionDown() {
        fixture.control.injectFault(new Fault(Fault.Kind.INSTITUTION_DOWN, "/transactions/sync", 2, null, null));
        assertThat(accounts().status()).isEqualTo(200);
        PlaidHttp.Reply first = sync();
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.errorType()).isEqualTo("INSTITUTION_ERROR");
        assertThat(first.errorCode()).isEqualTo("INSTITUTION_DOWN");
        assertThat(first.json().get("display_message").asText()).isNotBlank();
        assertThat(first.json().get("request_id").asText()).isNotBlank();
        assertThat(sync().errorCode()).isEqualTo("INSTITUTION_DOWN");
        assertThat(sync().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("500 API_ERROR / INTERNAL_SERVER_ERROR and 503 API_ERROR / PLANNED_MAINTENANCE")
    void serverErrors() {
        fixture.control.injectFault(Fault.internalServerError(1));
        PlaidHttp.Reply internal = accounts();
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.errorType()).isEqualTo("API_ERROR");
        assertThat(internal.errorCode()).isEqualTo("INTERNAL_SERVER_ERROR");
        fixture.control.injectFault(Fault.plannedMaintenance(1));
        PlaidHttp.Reply maintenance = accounts();
        assertThat(maintenance.status()).isEqualTo(503);
        assertThat(maintenance.errorCode()).isEqualTo("PLANNED_MAINTENANCE");
        assertThat(accounts().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a 429 fault carries the endpoint's limit code (TRANSACTIONS_SYNC_LIMIT) unless told otherwise")
    void rateLimitFault() {
        fixture.control.injectFault(Fault.rateLimitExceeded(1));
        PlaidHttp.Reply limited = sync();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorType()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(limited.errorCode()).isEqualTo("TRANSACTIONS_SYNC_LIMIT");
        fixture.control.injectFault(Fault.rateLimitExceeded(1).withErrorCode("RATE_LIMIT").on("/accounts/get"));
        assertThat(accounts().errorCode()).isEqualTo("RATE_LIMIT");
    }

    @Test
    @DisplayName("faults are listed until spent or cleared, and the control API is never faulted")
    void listing() {
        fixture.control.injectFault(Fault.institutionNotResponding(3));
        assertThat(fixture.control.faults()).singleElement()
                .satisfies(fault -> assertThat(fault.kind()).isEqualTo(Fault.Kind.INSTITUTION_NOT_RESPONDING));
        assertThat(fixture.control.now()).isEqualTo(SandboxFixture.START);
        assertThat(sync().errorCode()).isEqualTo("INSTITUTION_NOT_RESPONDING");
        fixture.control.clearFaults();
        assertThat(fixture.control.faults()).isEmpty();
        assertThat(sync().status()).isEqualTo(200);
    }
}
