package org.banksync.sandbox.bridge.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bank connection. Bridge refreshes items every 24 hours by itself; the sandbox plays those
 * refreshes lazily whenever the item is read, from the sandbox clock (catchUp), so moving the clock
 * makes consents expire and success.1010 items fall into 1010.
 */
public final class Item {

    static final Duration REFRESH_EVERY = Duration.ofHours(24);
    static final Duration CONSENT = Duration.ofDays(180);

    private final long id;
    private final String userUuid;
    private final long providerId;
    private final Instant createdAt;
    private final List<Long> accountIds = new CopyOnWriteArrayList<>();
    private String accountTypes;
    private int status;
    private String statusCodeInfo;
    private Instant lastSuccessfulRefresh;
    private Instant lastTryRefresh;
    private Instant authenticationExpiresAt;
    private Integer statusAfterNextRefresh;

    Item(long id, String userUuid, long providerId, String accountTypes, Instant now, ConnectOutcome outcome) {
        this.id = id;
        this.userUuid = userUuid;
        this.providerId = providerId;
        this.createdAt = now;
        this.accountTypes = accountTypes;
        apply(outcome, now);
    }

    public long id() {
        return id;
    }

    public String userUuid() {
        return userUuid;
    }

    public long providerId() {
        return providerId;
    }

    void addAccount(long accountId) {
        accountIds.add(accountId);
    }

    /** A (re-)authentication on the connect page: status from the login, consent renewed on success. */
    synchronized void apply(ConnectOutcome outcome, Instant now) {
        status = outcome.status();
        statusCodeInfo = outcome.statusCodeInfo();
        lastTryRefresh = now;
        statusAfterNextRefresh = outcome.statusAfterNextRefresh();
        if (outcome.succeeded()) {
            lastSuccessfulRefresh = now;
            authenticationExpiresAt = now.plus(CONSENT);
        }
    }

    synchronized void setAccountTypes(String types) {
        accountTypes = types;
    }

    public synchronized void setStatus(int newStatus, String info, Instant now) {
        status = newStatus;
        statusCodeInfo = info == null ? ItemStatuses.of(newStatus).info() : info;
        lastTryRefresh = now;
        if (newStatus == 0) {
            lastSuccessfulRefresh = now;
        }
    }

    /** Consent ends now: authentication_expires_at in the past and status 1010. */
    public synchronized void expireConsent(Instant now) {
        authenticationExpiresAt = now.minusSeconds(1);
        status = 1010;
        statusCodeInfo = ItemStatuses.of(1010).info();
        lastTryRefresh = now;
    }

    /** Plays the daily refreshes that fell due up to now. */
    public synchronized ItemView catchUp(Instant now) {
        if (status == 0 && lastSuccessfulRefresh != null) {
            long due = Duration.between(lastSuccessfulRefresh, now).toMillis() / REFRESH_EVERY.toMillis();
            if (due > 0) {
                refresh(due);
            }
        }
        return new ItemView(id, userUuid, providerId, status, statusCodeInfo, accountTypes, createdAt,
                lastSuccessfulRefresh, lastTryRefresh, authenticationExpiresAt, List.copyOf(accountIds));
    }

    private void refresh(long due) {
        Instant base = lastSuccessfulRefresh;
        Instant lastDue = base.plus(REFRESH_EVERY.multipliedBy(due));
        if (statusAfterNextRefresh != null) {
            status = statusAfterNextRefresh;
            statusCodeInfo = ItemStatuses.of(status).info();
            lastTryRefresh = base.plus(REFRESH_EVERY);
            statusAfterNextRefresh = null;
        } else if (authenticationExpiresAt != null && !lastDue.isBefore(authenticationExpiresAt)) {
            long succeeded = (Duration.between(base, authenticationExpiresAt).toMillis() - 1) / REFRESH_EVERY.toMillis();
            lastSuccessfulRefresh = base.plus(REFRESH_EVERY.multipliedBy(succeeded));
            lastTryRefresh = lastDue;
            status = 1010;
            statusCodeInfo = ItemStatuses.of(1010).info();
        } else {
            lastSuccessfulRefresh = lastDue;
            lastTryRefresh = lastDue;
        }
    }
}
