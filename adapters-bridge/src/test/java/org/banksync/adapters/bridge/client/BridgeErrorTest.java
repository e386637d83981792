package org.banksync.adapters.bridge.client;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bridge's error bodies")
class BridgeErrorTest {

    @Test
    @DisplayName("the errors array, as v3 clients read it")
    void errorsArray() {
        assertThat(BridgeError.parse("{\"errors\":[{\"code\":\"invalid_parameter\",\"property\":\"limit\","
                + "\"message\":\"limit must be 1..500\"}]}"))
                .contains(new BridgeError("invalid_parameter", "limit", "limit must be 1..500"));
    }

    @Test
    @DisplayName("a bare error object, as Bridge's documentation shows it")
    void bareObject() {
        assertThat(BridgeError.parse("{\"code\":\"invalid_client_credentials\",\"message\":\"client_id and client_secret are invalid\"}"))
                .contains(new BridgeError("invalid_client_credentials", null, "client_id and client_secret are invalid"));
    }

    @Test
    @DisplayName("v2's type and message")
    void version2() {
        assertThat(BridgeError.parse("{\"type\":\"invalid_version_header\",\"message\":\"bad version\","
                + "\"documentation_url\":\"https://docs\"}"))
                .contains(new BridgeError("invalid_version_header", null, "bad version"));
    }

    @Test
    @DisplayName("nothing from an empty, HTML or unrelated body")
    void nothingToRead() {
        assertThat(BridgeError.parse("")).isEmpty();
        assertThat(BridgeError.parse("<html>Bad gateway</html>")).isEmpty();
        assertThat(BridgeError.parse("{\"resources\":[]}")).isEmpty();
        assertThat(BridgeError.parse("{\"errors\":[]}")).isEmpty();
    }

    @Test
    @DisplayName("describes itself with the parts Bridge gave")
    void describe() {
        assertThat(new BridgeError("invalid_parameter", "limit", "too big").describe())
                .isEqualTo("invalid_parameter: too big (limit)");
    }
}
