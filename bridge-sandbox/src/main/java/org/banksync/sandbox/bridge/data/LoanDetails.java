package org.banksync.sandbox.bridge.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A loan account's `loan_details`, with the field names Bridge uses. */
public record LoanDetails(BigDecimal borrowedCapital, BigDecimal interestRate, LocalDate maturityDate,
                          BigDecimal nextPaymentAmount, LocalDate nextPaymentDate, LocalDate openingDate,
                          BigDecimal remainingCapital, BigDecimal repaidCapital, String type) {
}
