package org.banksync.sandbox.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Categories and providers are public resources")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDataTest {

    private SandboxFixture fixture;

    @BeforeAll
    void start() {
        fixture = SandboxFixture.start(200);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private JsonNode categories(String language) {
        return fixture.http.send(fixture.http.app("/v3/aggregation/categories?limit=500")
                .header("Accept-Language", language).GET()).json().get("resources");
    }

    @Test
    @DisplayName("the tree has about twelve parents holding sixty-odd leaves, each child naming its parent")
    void treeShape() {
        JsonNode parents = categories("en");
        assertThat(parents.size()).isBetween(12, 14);
        int leaves = 0;
        for (JsonNode parent : parents) {
            assertThat(parent.has("parent_id")).isFalse();
            for (JsonNode child : parent.get("categories")) {
                assertThat(child.get("parent_id").asLong()).isEqualTo(parent.get("id").asLong());
                leaves++;
            }
        }
        assertThat(leaves).isGreaterThanOrEqualTo(60);
    }

    @Test
    @DisplayName("names are French with Accept-Language fr and English otherwise")
    void localisedNames() {
        JsonNode french = categories("fr-FR,fr;q=0.9");
        JsonNode english = categories("en-GB");
        assertThat(name(french, 1)).isEqualTo("Auto & Transports");
        assertThat(name(english, 1)).isEqualTo("Auto & Transport");
        assertThat(childName(french, 1, 247)).isEqualTo("Transports en commun");
        assertThat(childName(english, 1, 247)).isEqualTo("Public transport");
    }

    @Test
    @DisplayName("a single category is served with its parent_id, a parent with its children")
    void singleCategory() {
        JsonNode leaf = fixture.http.send(fixture.http.app("/v3/aggregation/categories/247")
                .header("Accept-Language", "fr").GET()).json();
        assertThat(leaf.get("parent_id").asLong()).isEqualTo(1);
        assertThat(leaf.get("name").asText()).isEqualTo("Transports en commun");
        assertThat(fixture.http.get("/v3/aggregation/categories/1").json().get("categories").size()).isGreaterThan(5);
        assertThat(fixture.http.get("/v3/aggregation/categories/999999").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("every generated transaction points at a leaf category")
    void transactionsUseLeaves() {
        Set<Long> leaves = new HashSet<>();
        categories("en").forEach(parent -> parent.get("categories").forEach(child -> leaves.add(child.get("id").asLong())));
        SandboxFixture.Connected user = fixture.connected("success");
        List<JsonNode> rows = fixture.http.all("/v3/aggregation/transactions?limit=500", user.token());
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(leaves).contains(row.get("category_id").asLong()));
    }

    @Test
    @DisplayName("providers include Demo Bank (574), listed and by id, with only the app headers")
    void demoBank() {
        JsonNode providers = fixture.http.get("/v3/providers?limit=500").json().get("resources");
        assertThat(StreamSupport.stream(providers.spliterator(), false).map(p -> p.get("name").asText()))
                .contains("Demo Bank", "BNP Paribas");
        JsonNode demo = fixture.http.get("/v3/providers/574").json();
        assertThat(demo.get("name").asText()).isEqualTo("Demo Bank");
        assertThat(demo.get("country_code").asText()).isEqualTo("FR");
        assertThat(demo.path("images").path("logo").asText()).startsWith(fixture.sandbox.baseUrl());
        BridgeHttp.Reply logo = fixture.http.send(HttpRequest.newBuilder(
                URI.create(demo.path("images").path("logo").asText())).GET());
        assertThat(logo.body()).contains("<svg");
        assertThat(fixture.http.get("/v3/providers/1").status()).isEqualTo(404);
    }

    private static String name(JsonNode parents, long id) {
        return find(parents, id).get("name").asText();
    }

    private static String childName(JsonNode parents, long parentId, long childId) {
        return find(find(parents, parentId).get("categories"), childId).get("name").asText();
    }

    private static JsonNode find(JsonNode nodes, long id) {
        return StreamSupport.stream(nodes.spliterator(), false).filter(node -> node.get("id").asLong() == id)
                .findFirst().orElseThrow();
    }
}
