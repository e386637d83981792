package org.banksync.adapters.bridge.http;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.banksync.application.connection.port.out.AggregatorFailure.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Unexpected answers as failures")
class FailuresTest {

    @ParameterizedTest(name = "HTTP {0} {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "401 | {\"errors\":[{\"code\":\"invalid_client_credentials\",\"message\":\"bad\"}]} | MISCONFIGURED | BRIDGE_CLIENT_ID",
        "401 | {\"type\":\"invalid_client_credentials\",\"message\":\"bad\"}                 | MISCONFIGURED | BRIDGE_CLIENT_SECRET",
        "400 | {\"type\":\"invalid_version_header\",\"message\":\"bad version\"}             | MISCONFIGURED | 2025-01-15",
        "400 | {\"code\":\"invalid_version_header\",\"message\":\"bad version\"}             | MISCONFIGURED | 2025-01-15",
        "404 | {\"errors\":[{\"code\":\"not_found\",\"message\":\"item not found\"}]}         | NOT_FOUND     | item not found",
        "401 | {\"errors\":[{\"code\":\"expired_access_token\",\"message\":\"expired\"}]}    | REFUSED       | even after renewing",
        "422 | {\"errors\":[{\"code\":\"invalid_json\",\"message\":\"nope\"}]}               | REFUSED       | invalid_json: nope",
        "409 | <html>conflict</html>                                                            | REFUSED       | HTTP 409"})
    @DisplayName("each answer becomes the kind of failure that tells who must act")
    void kinds(int status, String body, Kind kind, String mentioned) {
        AggregatorFailure failure = Failures.of(new BridgeAnswer(status, body, null), "GET /v3/x");

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).contains("GET /v3/x", mentioned);
    }
}
