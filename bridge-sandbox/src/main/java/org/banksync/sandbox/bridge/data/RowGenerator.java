package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes generated row i of one account from (seed, account, i) alone, so millions of rows cost no
 * memory. The main checking account's first row of each month is the deferred card's debit for the
 * month before, equal to that month's card spending.
 */
public final class RowGenerator {

    private final long seed;
    private final AccountBlueprint account;
    private final Schedule schedule;
    private final LabelMix mix;
    private final String bankName;
    private final RowGenerator deferredCard;
    private final Map<YearMonth, BigDecimal> monthTotals = new ConcurrentHashMap<>();

    public RowGenerator(long seed, AccountBlueprint account, String bankName, RowGenerator deferredCard) {
        this.seed = seed;
        this.account = account;
        this.bankName = bankName;
        this.deferredCard = account.mainChecking() ? deferredCard : null;
        this.schedule = new Schedule(seed, account.accountSeq(), account.rowCount(), account.futureCount(),
                account.historyStart(), account.today(), account.fetchedAt());
        this.mix = account.kind() == AccountKind.LOAN ? null
                : Labels.forAccount(account.kind(), !"EUR".equals(account.currency()));
    }

    public Schedule schedule() {
        return schedule;
    }

    public AccountBlueprint account() {
        return account;
    }

    public Transaction row(int i) {
        SplittableRandom rng = new SplittableRandom(Mix.of(seed, account.accountSeq(), i, 0x20A));
        LocalDate date = schedule.date(i);
        boolean future = schedule.isFuture(i);
        Optional<BigDecimal> cardDebit = deferredCardDebit(i, date);
        Label label;
        BigDecimal amount;
        LocalDate operationDate = date;
        if (account.kind() == AccountKind.LOAN) {
            label = Labels.loanRepayment();
            amount = account.loan().nextPaymentAmount();
        } else if (cardDebit.isPresent()) {
            label = Labels.deferredCardDebit();
            amount = cardDebit.get();
            operationDate = date.withDayOfMonth(1).minusDays(1);
        } else {
            label = mix.pick(rng);
            amount = label.amount(rng);
            if (Labels.CARD.equals(label.operationType())) {
                operationDate = date.minusDays(rng.nextInt(3));
            }
        }
        String last4 = cardDebit.isPresent() ? deferredCard.account().last4()
                : account.last4() == null ? "0000" : account.last4();
        Label.Values values = Label.draw(operationDate, rng, last4, bankName);
        boolean cardLike = Labels.CARD.equals(label.operationType());
        LocalDate booking = future || rng.nextInt(100) >= 85 ? null : date;
        LocalDate transactionDate = rng.nextInt(100) < (cardLike ? 80 : 30) ? operationDate : null;
        LocalDate valueDate = future || rng.nextInt(100) >= 60 ? null : date.plusDays(rng.nextInt(2));
        return new Transaction(Ids.transaction(account.accountSeq(), i), label.cleanText(values), label.rawText(values),
                amount, date, booking, transactionDate, valueDate, schedule.updatedAt(i), account.currency(), false,
                label.categoryId(), label.operationType(), account.id(), future);
    }

    /** The sum of the generated rows dated in a month (a card's spending for its monthly debit). */
    public BigDecimal monthTotal(YearMonth month) {
        return monthTotals.computeIfAbsent(month, this::sumMonth);
    }

    /** The sum of the rows still in the future: the gap between instant and accounting balance. */
    public BigDecimal futureTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = schedule.count() - account.futureCount(); i < schedule.count(); i++) {
            total = total.add(row(i).amount());
        }
        return total;
    }

    private Optional<BigDecimal> deferredCardDebit(int i, LocalDate date) {
        if (deferredCard == null || i == 0 || YearMonth.from(schedule.date(i - 1)).equals(YearMonth.from(date))) {
            return Optional.empty();
        }
        BigDecimal spent = deferredCard.monthTotal(YearMonth.from(date).minusMonths(1));
        return spent.signum() == 0 ? Optional.empty() : Optional.of(spent);
    }

    private BigDecimal sumMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        int from = schedule.firstIndex(i -> !schedule.date(i).isBefore(first));
        int to = schedule.firstIndex(i -> schedule.date(i).isAfter(last));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            total = total.add(row(i).amount());
        }
        return total;
    }
}
