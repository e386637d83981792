package org.banksync.adapters.bridge.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bridge's category list, in either shape")
class BridgeCategoryTest {

    @Test
    @DisplayName("parents carrying their children in a nested categories array")
    void nested() {
        List<BridgeCategory> nodes = BridgeCategory.flatten(resources(
                "[{\"id\":1,\"name\":\"Auto\",\"categories\":[{\"id\":247,\"name\":\"Public transport\"}]}]"));

        assertThat(nodes).containsExactly(new BridgeCategory("1", null, "Auto"),
                new BridgeCategory("247", "1", "Public transport"));
    }

    @Test
    @DisplayName("flat nodes naming their parent_id")
    void flat() {
        List<BridgeCategory> nodes = BridgeCategory.flatten(resources(
                "[{\"id\":1,\"name\":\"Auto\",\"parent_id\":null},{\"id\":247,\"name\":\"Public transport\",\"parent_id\":1}]"));

        assertThat(nodes).containsExactly(new BridgeCategory("1", null, "Auto"),
                new BridgeCategory("247", "1", "Public transport"));
    }

    private static List<JsonObject> resources(String array) {
        return Json.createReader(new StringReader(array)).readArray().getValuesAs(JsonObject.class);
    }
}
