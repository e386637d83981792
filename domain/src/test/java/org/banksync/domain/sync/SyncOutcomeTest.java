package org.banksync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncOutcomeTest {

    private static SyncErrorCode codeOf(SyncOutcome outcome) {
        return switch (outcome) {
            case SyncOutcome.Completed completed -> null;
            case SyncOutcome.TakenOver takenOver -> null;
            case SyncOutcome.ConsentExpired expired -> SyncErrorCode.CONSENT_EXPIRED;
            case SyncOutcome.ActionNeeded needed -> SyncErrorCode.ACTION_NEEDED;
            case SyncOutcome.ProviderUnavailable unavailable -> SyncErrorCode.PROVIDER_UNAVAILABLE;
            case SyncOutcome.RateLimited limited -> SyncErrorCode.RATE_LIMITED;
            case SyncOutcome.InvalidData invalid -> SyncErrorCode.INVALID_DATA;
            case SyncOutcome.InvalidFile invalid -> SyncErrorCode.INVALID_FILE;
        };
    }

    @Test
    void completed_hasNoError() {
        assertThat(new SyncOutcome.Completed(SyncProgress.NONE).error()).isEmpty();
    }

    @Test
    void takenOver_hasNoError_theOtherWorkerOwnsTheRun() {
        assertThat(new SyncOutcome.TakenOver().error()).isEmpty();
    }

    @Test
    void eachFailure_carriesItsCodeAndARemedy() {
        SyncOutcome[] failures = {
                new SyncOutcome.ConsentExpired("status 1010"),
                new SyncOutcome.ActionNeeded(null),
                new SyncOutcome.ProviderUnavailable("HTTP 503"),
                new SyncOutcome.RateLimited(Duration.ofSeconds(30)),
                new SyncOutcome.InvalidData("amount missing"),
                new SyncOutcome.InvalidFile("line 12", "no amount")};

        for (SyncOutcome failure : failures) {
            SyncError error = failure.error().orElseThrow();
            assertThat(error.code()).isEqualTo(codeOf(failure));
            assertThat(error.remedy()).isNotBlank();
        }
    }

    @Test
    void messagesSayWhatHappened() {
        assertThat(new SyncOutcome.ConsentExpired("status 1010").error().orElseThrow().message())
                .isEqualTo("The bank's consent has expired: status 1010");
        assertThat(new SyncOutcome.RateLimited(Duration.ofSeconds(30)).error().orElseThrow().remedy())
                .isEqualTo("Try again in 30 seconds.");
        assertThat(new SyncOutcome.InvalidFile("line 12", null).error().orElseThrow().message())
                .isEqualTo("The file cannot be imported at line 12.");
    }
}
