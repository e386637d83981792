package org.banksync.adapters.plaid.http;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Plaid's refusals as failures a user or an operator can act on")
class FailuresTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"INVALID_API_KEYS, MISCONFIGURED", "ITEM_NOT_FOUND, NOT_FOUND", "INVALID_ACCESS_TOKEN, NOT_FOUND",
            "ITEM_LOGIN_REQUIRED, REFUSED", "INVALID_FIELD, REFUSED"})
    void byErrorCode(String code, Kind kind) {
        AggregatorFailure failure = Failures.of(answer(400, code), "POST /item/get");

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).contains(code, "req-42");
    }

    @Test
    @DisplayName("a login to repair tells the user to reconnect the bank")
    void loginRequired() {
        assertThat(Failures.of(answer(400, "ITEM_LOGIN_REQUIRED"), "POST /transactions/sync").getMessage())
                .contains("log in again", "Reconnect");
    }

    @Test
    @DisplayName("the answer's request id is read for the log, and a body that is not Plaid's error still describes the status")
    void requestId() {
        assertThat(answer(400, "INVALID_FIELD").requestId()).isEqualTo("req-42");
        assertThat(new PlaidAnswer(404, "<html>not found</html>", null).describe()).isEqualTo("HTTP 404");
        assertThat(Failures.of(new PlaidAnswer(404, "", null), "POST /item/get").kind()).isEqualTo(Kind.MISCONFIGURED);
    }

    private static PlaidAnswer answer(int status, String code) {
        return new PlaidAnswer(status, "{\n  \"display_message\": null,\n  \"error_code\": \"" + code + "\",\n  \"error_message\":"
                + " \"something\",\n  \"error_type\": \"X\",\n  \"request_id\": \"req-42\"\n}", null);
    }
}
