package org.banksync.adapters.persistence.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.banksync.application.connection.port.out.RequestBudget;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Fixed-window request budgets in {@code rate_budget}, one row per bucket, shared by every instance. One upsert
 * takes a request: it opens a new window when the current one has passed, counts the request when the window
 * still has room, and else changes nothing, so its row count says whether the request may go.
 */
@ApplicationScoped
public class JpaRequestBudget implements RequestBudget {

    static final int BUCKET_MAX_LENGTH = 200;

    static final String TAKE = """
            insert into rate_budget as b (bucket, window_start, used) values (?1, ?2, 1)
            on conflict (bucket) do update
               set window_start = case when b.window_start <= ?3 then excluded.window_start else b.window_start end,
                   used         = case when b.window_start <= ?3 then 1 else b.used + 1 end
             where b.window_start <= ?3 or b.used < ?4""";

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaRequestBudget() {
    }

    /** For tests outside the container. */
    public JpaRequestBudget(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** In a transaction of its own: a request counted stays counted even when the caller's work rolls back. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration acquire(String bucket, int limit, Duration window, Instant now) {
        if (bucket == null || bucket.isBlank() || bucket.length() > BUCKET_MAX_LENGTH) {
            throw new IllegalArgumentException("a budget's bucket is 1 to " + BUCKET_MAX_LENGTH + " characters");
        }
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a budget allows at least one request per positive window");
        }
        // PostgreSQL keeps microseconds; working at that precision keeps the wait computed below exact.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        int taken = entityManager.createNativeQuery(TAKE)
                .setParameter(1, bucket)
                .setParameter(2, at)
                .setParameter(3, at.minus(window))
                .setParameter(4, limit)
                .executeUpdate();
        if (taken == 1) {
            return Duration.ZERO;
        }
        // The upsert locked the row even though it changed nothing, so this reads the window that refused us.
        Instant windowStart = instant(entityManager.createNativeQuery("select window_start from rate_budget where bucket = ?1")
                .setParameter(1, bucket)
                .getSingleResult());
        Duration wait = Duration.between(at, windowStart.plus(window));
        // Never more than a window, even when another instance's clock runs ahead and opened this one "later".
        return wait.compareTo(window) > 0 ? window : wait;
    }

    private static Instant instant(Object column) {
        return switch (column) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime dateTime -> dateTime.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("rate_budget.window_start read as " + column.getClass().getName());
        };
    }
}
