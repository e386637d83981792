package org.banksync.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.SourceTransaction;
import org.banksync.domain.transaction.TransactionSource;

/** Builds a Bridge-like source row; every field has a realistic default. */
public final class SourceTransactionBuilder {

    private TransactionSource source = TransactionSource.BRIDGE;
    private String externalId = "33000191035701";
    private LocalDate date = LocalDate.of(2024, 11, 25);
    private LocalDate bookingDate = LocalDate.of(2024, 11, 25);
    private LocalDate valueDate = LocalDate.of(2024, 11, 25);
    private Money amount = Money.of("-194", "EUR");
    private String description = "CB Idfs G";
    private String rawDescription = "PAIEMENT PAR CARTE 25/11/2024 IDFS T2 G";
    private String operationType = "card";
    private String providerCategory = "247";
    private boolean future;
    private boolean deleted;
    private Instant updatedAt = Instant.parse("2024-11-25T16:10:10.144Z");

    public static SourceTransactionBuilder aSourceTransaction() {
        return new SourceTransactionBuilder();
    }

    public SourceTransactionBuilder source(TransactionSource value) {
        source = value;
        return this;
    }

    public SourceTransactionBuilder externalId(String value) {
        externalId = value;
        return this;
    }

    public SourceTransactionBuilder date(LocalDate value) {
        date = value;
        return this;
    }

    public SourceTransactionBuilder bookingDate(LocalDate value) {
        bookingDate = value;
        return this;
    }

    public SourceTransactionBuilder amount(String value) {
        amount = Money.of(value, "EUR");
        return this;
    }

    public SourceTransactionBuilder description(String value) {
        description = value;
        return this;
    }

    public SourceTransactionBuilder providerCategory(String value) {
        providerCategory = value;
        return this;
    }

    public SourceTransactionBuilder future(boolean value) {
        future = value;
        return this;
    }

    public SourceTransactionBuilder deleted(boolean value) {
        deleted = value;
        return this;
    }

    public SourceTransactionBuilder updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    public SourceTransaction build() {
        return new SourceTransaction(source, ExternalRef.of(externalId), date, bookingDate, valueDate, amount,
                description, rawDescription, operationType, providerCategory, future, deleted, updatedAt);
    }
}
