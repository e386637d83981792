package org.banksync.sandbox.bridge.world;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.banksync.sandbox.bridge.data.AccountBlueprint;
import org.banksync.sandbox.bridge.data.RowGenerator;

/**
 * A bank account of an item: its fixed blueprint, its ledger, a balance that follows the rows tests
 * add or change, and the change counts the next item.account.updated webhook reports.
 */
public final class Account {

    private final AccountBlueprint blueprint;
    private final String userUuid;
    private final Ledger ledger;
    private final BigDecimal baseBalance;
    private final BigDecimal futureTotal;
    private final AtomicReference<BigDecimal> balanceDelta = new AtomicReference<>(BigDecimal.ZERO);
    private final AtomicInteger newRows = new AtomicInteger();
    private final AtomicInteger updatedRows = new AtomicInteger();
    private final AtomicInteger deletedRows = new AtomicInteger();

    Account(AccountBlueprint blueprint, String userUuid, RowGenerator generator) {
        this.blueprint = blueprint;
        this.userUuid = userUuid;
        this.ledger = new Ledger(generator);
        this.futureTotal = generator.futureTotal();
        // a deferred card's balance is what this month's booked payments add up to
        this.baseBalance = blueprint.baseBalance() != null ? blueprint.baseBalance()
                : generator.monthTotal(YearMonth.from(blueprint.today())).subtract(futureTotal);
    }

    /** The change counts since the last report, reset by reading them. */
    public record Changes(int created, int updated, int deleted) {
    }

    public long id() {
        return blueprint.id();
    }

    public long itemId() {
        return blueprint.itemId();
    }

    public String userUuid() {
        return userUuid;
    }

    public AccountBlueprint blueprint() {
        return blueprint;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The accounting balance: excludes future rows. */
    public BigDecimal balance() {
        return baseBalance.add(balanceDelta.get());
    }

    /** The instant balance: includes future rows. */
    public BigDecimal instantBalance() {
        return balance().add(futureTotal);
    }

    void adjustBalance(BigDecimal by) {
        balanceDelta.accumulateAndGet(by, BigDecimal::add);
    }

    void recordCreated() {
        newRows.incrementAndGet();
    }

    void recordUpdated() {
        updatedRows.incrementAndGet();
    }

    void recordDeleted() {
        deletedRows.incrementAndGet();
    }

    public Changes drainChanges() {
        return new Changes(newRows.getAndSet(0), updatedRows.getAndSet(0), deletedRows.getAndSet(0));
    }
}
