package org.banksync.adapters.web.ui.transaction;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One transaction as the list shows it; its category changes in place when the user sets one. */
public class TransactionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final LocalDate bookingDate;
    private final LocalDate valueDate;
    private final String account;
    private final String description;
    private final String rawDescription;
    private final BigDecimal amount;
    private final String currency;
    private final String status;
    private String categoryId;
    private String categoryName;
    private boolean categoryByUser;

    TransactionRow(String id, LocalDate bookingDate, LocalDate valueDate, String account, String description,
                   String rawDescription, BigDecimal amount, String currency, String status, String categoryId,
                   String categoryName, boolean categoryByUser) {
        this.id = id;
        this.bookingDate = bookingDate;
        this.valueDate = valueDate;
        this.account = account;
        this.description = description;
        this.rawDescription = rawDescription;
        this.amount = amount;
        this.currency = currency;
        this.status = status;
        this.categoryId = categoryId;
        this.categoryName = categoryName;
        this.categoryByUser = categoryByUser;
    }

    /** The user filed it under this category; no sync will change it again. */
    void categorizedByUser(String newCategoryId, String newCategoryName) {
        categoryId = newCategoryId;
        categoryName = newCategoryName;
        categoryByUser = true;
    }

    public String getId() {
        return id;
    }

    public LocalDate getBookingDate() {
        return bookingDate;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public String getAccount() {
        return account;
    }

    public String getDescription() {
        return description;
    }

    public String getRawDescription() {
        return rawDescription;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getStatus() {
        return status;
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    public boolean isMoneyOut() {
        return amount.signum() < 0;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public boolean isCategoryByUser() {
        return categoryByUser;
    }
}
