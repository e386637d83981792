package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** A plausible French mortgage: constant monthly instalments computed with the annuity formula. */
final class Loans {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    private Loans() {
    }

    static LoanDetails generate(SplittableRandom rng, LocalDate today, int historyMonths) {
        BigDecimal borrowed = BigDecimal.valueOf(rng.nextLong(80, 301) * 1000L);
        BigDecimal ratePercent = BigDecimal.valueOf(rng.nextLong(90, 391), 2);
        int years = rng.nextInt(15, 26);
        LocalDate opening = today.minusMonths(historyMonths + rng.nextInt(6, 60)).withDayOfMonth(5);
        int months = years * 12;
        BigDecimal r = ratePercent.divide(TWELVE_HUNDRED, MC);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, MC);
        BigDecimal instalment = borrowed.multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), MC);
        int paid = (int) ChronoUnit.MONTHS.between(opening, today);
        BigDecimal paidGrowth = BigDecimal.ONE.add(r).pow(paid, MC);
        BigDecimal remaining = borrowed.multiply(paidGrowth)
                .subtract(instalment.multiply(paidGrowth.subtract(BigDecimal.ONE)).divide(r, MC))
                .setScale(2, RoundingMode.HALF_UP);
        LocalDate nextPayment = today.getDayOfMonth() < 5 ? today.withDayOfMonth(5) : today.plusMonths(1).withDayOfMonth(5);
        return new LoanDetails(borrowed, ratePercent, opening.plusYears(years), instalment.setScale(2, RoundingMode.HALF_UP),
                nextPayment, opening, remaining, borrowed.subtract(remaining), "mortgage");
    }
}
