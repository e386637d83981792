package org.banksync.adapters.plaid.transaction;

import org.banksync.adapters.plaid.client.PlaidTransaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Plaid rows for unit tests: a posted EUR purchase unless told otherwise. */
final class Rows {

    private String id = "tx-1";
    private String account = "acc-1";
    private String amount = "12.50";
    private String iso = "EUR";
    private String unofficial;
    private LocalDate date = LocalDate.of(2026, 3, 10);
    private LocalDate authorized = LocalDate.of(2026, 3, 9);
    private boolean pending;
    private String pendingId;
    private String name = "CARTE 09/03 MONOP";
    private String merchant = "Monoprix";
    private String original = "CB MONOP PARIS 09/03";
    private String channel = "in store";
    private String code = "purchase";
    private String primary = "GENERAL_MERCHANDISE";
    private String detailed = "GENERAL_MERCHANDISE_SUPERSTORES";

    static Rows row(String id) {
        Rows rows = new Rows();
        rows.id = id;
        return rows;
    }

    Rows amount(String value) {
        amount = value;
        return this;
    }

    Rows pending() {
        pending = true;
        return this;
    }

    Rows replacing(String pendingTransactionId) {
        pendingId = pendingTransactionId;
        return this;
    }

    Rows date(LocalDate value) {
        date = value;
        return this;
    }

    Rows authorized(LocalDate value) {
        authorized = value;
        return this;
    }

    Rows currency(String isoCode, String unofficialCode) {
        iso = isoCode;
        unofficial = unofficialCode;
        return this;
    }

    Rows texts(String plainName, String merchantName, String originalDescription) {
        name = plainName;
        merchant = merchantName;
        original = originalDescription;
        return this;
    }

    Rows operation(String transactionCode, String paymentChannel) {
        code = transactionCode;
        channel = paymentChannel;
        return this;
    }

    Rows category(String primaryValue, String detailedValue) {
        primary = primaryValue;
        detailed = detailedValue;
        return this;
    }

    PlaidTransaction build() {
        return new PlaidTransaction(id, account, new BigDecimal(amount), iso, unofficial, date, authorized, pending, pendingId,
                name, merchant, original, channel, code, primary, detailed);
    }
}
