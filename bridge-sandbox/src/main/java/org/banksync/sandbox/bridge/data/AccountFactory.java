package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Decides the accounts of a newly connected item from (seed, item sequence): like Demo Bank's mix. */
public final class AccountFactory {

    private final GenerationSettings settings;

    public AccountFactory(GenerationSettings settings) {
        this.settings = settings;
    }

    /**
     * One or two checking accounts (the second in USD), a savings account, a deferred debit card and a
     * loan; account seqs are handed out from firstAccountSeq upwards.
     */
    public List<AccountBlueprint> accountsFor(long itemSeq, long firstAccountSeq, Provider provider, Instant connectedAt) {
        SplittableRandom rng = new SplittableRandom(Mix.of(settings.seed(), itemSeq, 0x17E));
        LocalDate today = LocalDate.ofInstant(connectedAt, ZoneOffset.UTC);
        LocalDate start = today.minusMonths(settings.historyMonths());
        int perAccount = settings.transactionsPerAccount();
        int future = perAccount >= 30 ? 3 : perAccount >= 10 ? 1 : 0;
        long itemId = Ids.item(itemSeq);
        List<AccountBlueprint> accounts = new ArrayList<>();
        Slot slot = new Slot(itemId, firstAccountSeq, today, start, connectedAt);

        accounts.add(slot.next(AccountKind.CHECKING, true, "Compte Courant", "EUR", iban(provider, rng), null,
                perAccount, future, cents(rng, 80_000, 600_000), null));
        if (rng.nextBoolean()) {
            accounts.add(slot.next(AccountKind.CHECKING, false, "Compte en dollars US", "USD", iban(provider, rng), null,
                    Math.max(10, perAccount / 5), 0, cents(rng, 20_000, 400_000), null));
        }
        accounts.add(slot.next(AccountKind.SAVINGS, false, "Livret A", "EUR", iban(provider, rng), null,
                Math.max(6, perAccount / 10), 0, cents(rng, 200_000, 3_000_000), null));
        String cardDigits = String.format(java.util.Locale.ROOT, "%04d", rng.nextInt(10_000));
        accounts.add(slot.next(AccountKind.CARD, false, "Carte Visa Premier différée X" + cardDigits, "EUR", null,
                cardDigits, perAccount, future, null, null));
        LoanDetails loan = Loans.generate(rng, today, settings.historyMonths());
        accounts.add(slot.next(AccountKind.LOAN, false, "Prêt Immobilier", "EUR", null,
                Long.toString(rng.nextLong(10_000_000L, 99_999_999L)), settings.historyMonths(), 0,
                loan.remainingCapital().negate(), loan));
        return accounts;
    }

    /** Hands out consecutive account seqs for one item. */
    private static final class Slot {
        private final long itemId;
        private final LocalDate today;
        private final LocalDate start;
        private final Instant connectedAt;
        private long nextSeq;

        Slot(long itemId, long firstSeq, LocalDate today, LocalDate start, Instant connectedAt) {
            this.itemId = itemId;
            this.nextSeq = firstSeq;
            this.today = today;
            this.start = start;
            this.connectedAt = connectedAt;
        }

        AccountBlueprint next(AccountKind kind, boolean main, String name, String currency, String iban, String last4,
                              int rows, int future, BigDecimal balance, LoanDetails loan) {
            return new AccountBlueprint(nextSeq++, itemId, kind, main, name, currency, iban, last4, rows, future,
                    start, today, connectedAt, balance, loan);
        }
    }

    private static String iban(Provider provider, SplittableRandom rng) {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            number.append(rng.nextInt(10));
        }
        number.append(rng.nextInt(10) < 3 ? (char) ('A' + rng.nextInt(26)) : (char) ('0' + rng.nextInt(10)));
        return Iban.french(provider.bankCode(), provider.branchCode(), number.toString());
    }

    private static BigDecimal cents(SplittableRandom rng, long min, long max) {
        return BigDecimal.valueOf(rng.nextLong(min, max), 2);
    }
}
