package org.banksync.domain.sync;

import java.time.Duration;
import java.util.Optional;
import org.banksync.domain.shared.Require;

/** How a sync attempt ended, as a value rather than an exception: the expected failures each have a case. */
public sealed interface SyncOutcome {

    /** The error a FAILED run records, or empty for {@link Completed}. */
    Optional<SyncError> error();

    /** Every page was read and stored. */
    record Completed(SyncProgress progress) implements SyncOutcome {
        public Completed {
            Require.present(progress, "progress");
        }

        @Override
        public Optional<SyncError> error() {
            return Optional.empty();
        }
    }

    /** Another worker took the run over (this one's lease lapsed): this one stopped without touching it. */
    record TakenOver() implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return Optional.empty();
        }
    }

    /** The PSD2 consent lapsed. */
    record ConsentExpired(String detail) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return failure(SyncErrorCode.CONSENT_EXPIRED, "The bank's consent has expired" + suffix(detail),
                    "Renew the consent: open the bank and choose Reconnect.");
        }
    }

    /** The bank or provider wants the user to act (strong authentication, new credentials). */
    record ActionNeeded(String detail) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return failure(SyncErrorCode.ACTION_NEEDED, "The bank needs you to act" + suffix(detail),
                    "Open the bank and choose Reconnect to complete the bank's request.");
        }
    }

    /** The provider or the bank did not answer usefully; worth trying again later. */
    record ProviderUnavailable(String detail) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return failure(SyncErrorCode.PROVIDER_UNAVAILABLE, "The provider is unavailable" + suffix(detail),
                    "Nothing to do: the next run will try again; run it by hand if you cannot wait.");
        }
    }

    /** The provider refused more requests for now; {@code retryAfter} may be null when it did not say. */
    record RateLimited(Duration retryAfter) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            String wait = retryAfter == null ? "a few minutes" : retryAfter.toSeconds() + " seconds";
            return failure(SyncErrorCode.RATE_LIMITED, "The provider asked us to slow down",
                    "Try again in " + wait + ".");
        }
    }

    /** The provider sent something that cannot be stored. */
    record InvalidData(String detail) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return failure(SyncErrorCode.INVALID_DATA, "The provider sent data that cannot be stored" + suffix(detail),
                    "Report it to your administrator with this message.");
        }
    }

    /** A statement file that cannot be imported; {@code place} says where (line, element, field). */
    record InvalidFile(String place, String detail) implements SyncOutcome {
        @Override
        public Optional<SyncError> error() {
            return failure(SyncErrorCode.INVALID_FILE, "The file cannot be imported"
                    + (place == null ? "" : " at " + place) + suffix(detail),
                    "Check that the file is a statement of this account in a supported format, then import it again.");
        }
    }

    private static Optional<SyncError> failure(SyncErrorCode code, String message, String remedy) {
        return Optional.of(new SyncError(code, message, remedy));
    }

    private static String suffix(String detail) {
        return detail == null || detail.isBlank() ? "." : ": " + detail;
    }
}
