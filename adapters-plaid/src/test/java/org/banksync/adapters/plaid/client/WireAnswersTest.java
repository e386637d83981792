package org.banksync.adapters.plaid.client;

import org.banksync.application.connection.port.out.AggregatorFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Reading Plaid's answers")
class WireAnswersTest {

    @Test
    @DisplayName("a sync page keeps amounts exactly, reads removed ids, and reports a row it cannot read without losing the others")
    void syncPage() {
        SyncPage page = SyncPage.parse("{\"added\":[{\"transaction_id\":\"t1\",\"account_id\":\"a\",\"amount\":72.10,"
                + "\"iso_currency_code\":\"EUR\",\"date\":\"2026-03-10\",\"pending\":false,\"name\":\"X\","
                + "\"personal_finance_category\":{\"primary\":\"TRAVEL\",\"detailed\":\"TRAVEL_FLIGHTS\",\"confidence_level\":\"HIGH\"},"
                + "\"some_future_field\":{\"x\":1}},{\"transaction_id\":\"t2\",\"amount\":\"abc\",\"date\":\"2026-03-10\"}],"
                + "\"modified\":[],\"removed\":[{\"transaction_id\":\"t0\",\"account_id\":\"a\"}],\"next_cursor\":\"c\","
                + "\"has_more\":true,\"transactions_update_status\":\"HISTORICAL_UPDATE_COMPLETE\",\"request_id\":\"r\"}");

        assertThat(page.added()).singleElement().satisfies(row -> {
            assertThat(row.amount()).isEqualTo(new BigDecimal("72.10"));
            assertThat(row.categoryDetailed()).isEqualTo("TRAVEL_FLIGHTS");
        });
        assertThat(page.rejected()).singleElement().asString().contains("t2", "amount");
        assertThat(page.removed()).containsExactly("t0");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.nextCursor()).isEqualTo("c");
    }

    @Test
    @DisplayName("an answer cut short or without its lists is INVALID_RESPONSE")
    void unreadable() {
        assertThatThrownBy(() -> SyncPage.parse("{\"added\":[")).isInstanceOfSatisfying(AggregatorFailure.class,
                failure -> assertThat(failure.kind()).isEqualTo(AggregatorFailure.Kind.INVALID_RESPONSE));
        assertThatThrownBy(() -> SyncPage.parse("{\"next_cursor\":\"c\",\"has_more\":false}"))
                .isInstanceOf(AggregatorFailure.class).hasMessageContaining("added");
    }

    @Test
    @DisplayName("the latest Link session: a new Item's public token, or the exit with Plaid's error code")
    void linkSessions() {
        String body = "{\"link_sessions\":[{\"link_session_id\":\"s1\",\"started_at\":\"2026-03-16T09:00:00Z\","
                + "\"finished_at\":\"2026-03-16T09:01:00Z\",\"exit\":{\"error\":{\"error_code\":\"INVALID_CREDENTIALS\"},"
                + "\"metadata\":{\"status\":\"requires_credentials\"}},\"results\":null},"
                + "{\"link_session_id\":\"s2\",\"started_at\":\"2026-03-16T09:02:00Z\",\"finished_at\":\"2026-03-16T09:03:00Z\","
                + "\"exit\":null,\"results\":{\"item_add_results\":[{\"public_token\":\"public-sandbox-1\"}]}}],"
                + "\"request_id\":\"r\"}";

        LinkSession latest = LinkSession.latest(body).orElseThrow();
        assertThat(latest.sessionId()).isEqualTo("s2");
        assertThat(latest.succeeded()).isTrue();
        assertThat(latest.publicToken()).isEqualTo("public-sandbox-1");
        assertThat(latest.toString()).doesNotContain("public-sandbox-1");

        LinkSession exited = LinkSession.latest(body.replace("09:03:00Z", "08:00:00Z")).orElseThrow();
        assertThat(exited.succeeded()).isFalse();
        assertThat(exited.exitCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(LinkSession.latest("{\"link_sessions\":[],\"request_id\":\"r\"}")).isEmpty();
    }

    @Test
    @DisplayName("an item's error and dates; tokens never printed")
    void itemAndTokens() {
        PlaidItem item = PlaidItem.parse("{\"item\":{\"item_id\":\"i1\",\"error\":{\"error_type\":\"ITEM_ERROR\","
                + "\"error_code\":\"ITEM_LOGIN_REQUIRED\",\"error_code_reason\":\"OAUTH_CONSENT_EXPIRED\"},"
                + "\"consent_expiration_time\":\"2026-09-12T09:30:00Z\"},\"status\":{\"transactions\":"
                + "{\"last_successful_update\":\"2026-03-16T03:00:00Z\"}},\"request_id\":\"r\"}");

        assertThat(item.error().reason()).isEqualTo("OAUTH_CONSENT_EXPIRED");
        assertThat(item.consentExpiresAt()).isEqualTo(Instant.parse("2026-09-12T09:30:00Z"));
        assertThat(item.lastSuccessfulUpdate()).isEqualTo(Instant.parse("2026-03-16T03:00:00Z"));
        assertThat(new AccessToken("i1", "access-sandbox-secret").toString()).doesNotContain("access-sandbox-secret");
        assertThat(LinkTokenCreated.parse("{\"link_token\":\"link-sandbox-1\",\"hosted_link_url\":\"https://h/x\"}").toString())
                .doesNotContain("link-sandbox-1");
    }
}
