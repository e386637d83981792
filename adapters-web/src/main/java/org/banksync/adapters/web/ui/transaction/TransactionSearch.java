package org.banksync.adapters.web.ui.transaction;

import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.transaction.TransactionStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The filter form of the transaction list: account, dates, amounts, category, status and text. */
public class TransactionSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String accountId;
    private LocalDate from;
    private LocalDate to;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private String categoryId;
    private TransactionStatus status;
    private String text;

    /** @throws org.banksync.domain.shared.DomainViolation on inverted ranges or an over-long text */
    TransactionFilter toFilter() {
        return TransactionFilter.builder()
                .bankAccountId(blank(accountId) ? null : BankAccountId.parse(accountId))
                .from(from).to(to)
                .minAmount(minAmount).maxAmount(maxAmount)
                .categoryId(blank(categoryId) ? null : CategoryId.parse(categoryId))
                .status(status)
                .q(blank(text) ? null : text.strip())
                .build();
    }

    /** The criteria as they are now, unaffected by later typing in the form. */
    TransactionSearch copy() {
        TransactionSearch copy = new TransactionSearch();
        copy.accountId = accountId;
        copy.from = from;
        copy.to = to;
        copy.minAmount = minAmount;
        copy.maxAmount = maxAmount;
        copy.categoryId = categoryId;
        copy.status = status;
        copy.text = text;
        return copy;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public TransactionStatus getStatus() {
        return status;
    }

    public void setStatus(TransactionStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
