package org.banksync.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.shared.Require;

/**
 * A company's account at a bank, optionally linked to a provider account, with the state of its sync:
 * the start date, the last successful sync and the watermark incremental runs read from.
 */
public final class BankAccount {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int GL_ACCOUNT_MAX_LENGTH = 100;
    /** Incremental runs re-read this much before the watermark, for clock skew at the provider. */
    public static final Duration INCREMENTAL_OVERLAP = Duration.ofHours(1);

    private final BankAccountId id;
    private final CompanyCode company;
    private final BankId bankId;
    private String name;
    private Iban iban;
    private CurrencyCode currency;
    private String glAccount;
    private ProviderAccountRef providerAccount;
    private LocalDate syncStartDate;
    private Instant lastSuccessfulSyncAt;
    private Instant syncWatermark;

    private BankAccount(BankAccountId id, CompanyCode company, BankId bankId, String name, Iban iban,
            CurrencyCode currency, String glAccount) {
        this.id = Require.present(id, "id");
        this.company = Require.present(company, "company");
        this.bankId = Require.present(bankId, "bankId");
        update(name, iban, currency, glAccount);
    }

    /** A new account; the IBAN (null for cards and loans) and the GL account are optional. */
    public static BankAccount open(CompanyCode company, BankId bankId, String name, Iban iban,
            CurrencyCode currency, String glAccount) {
        return new BankAccount(BankAccountId.newId(), company, bankId, name, iban, currency, glAccount);
    }

    /** A stored account, for persistence mappers only. */
    public static BankAccount reconstitute(BankAccountId id, CompanyCode company, BankId bankId, String name,
            Iban iban, CurrencyCode currency, String glAccount, ProviderAccountRef providerAccount,
            LocalDate syncStartDate, Instant lastSuccessfulSyncAt, Instant syncWatermark) {
        BankAccount account = new BankAccount(id, company, bankId, name, iban, currency, glAccount);
        account.providerAccount = providerAccount;
        account.syncStartDate = syncStartDate;
        account.lastSuccessfulSyncAt = lastSuccessfulSyncAt;
        account.syncWatermark = syncWatermark;
        return account;
    }

    public void update(String newName, Iban newIban, CurrencyCode newCurrency, String newGlAccount) {
        this.name = Require.text(newName, "name", NAME_MAX_LENGTH);
        this.iban = newIban;
        this.currency = Require.present(newCurrency, "currency");
        this.glAccount = Require.optionalText(newGlAccount, "glAccount", GL_ACCOUNT_MAX_LENGTH);
    }

    /** Feeds this account from the given provider account from now on. */
    public void linkTo(ProviderAccountRef ref) {
        this.providerAccount = Require.present(ref, "providerAccountId");
    }

    public void unlink() {
        this.providerAccount = null;
    }

    public boolean isLinked() {
        return providerAccount != null;
    }

    /** The oldest booking day a sync asks for; every later run sends it too, so nothing older arrives. */
    /**
     * Sets the date the synchronisation reads from. An earlier date than before forgets the
     * watermark, so that the next run reads the whole history from that date rather than only what
     * changed since the last run (the older rows were never asked for).
     */
    public void startSyncFrom(LocalDate date) {
        Require.present(date, "since");
        if (syncStartDate == null || date.isBefore(syncStartDate)) {
            syncWatermark = null;
        }
        this.syncStartDate = date;
    }

    /**
     * Records a completed run: when it finished, and the largest source update time now stored.
     * The watermark never moves backwards; a null one (nothing stored) keeps the current one.
     */
    public void recordCompletedSync(Instant finishedAt, Instant newWatermark) {
        this.lastSuccessfulSyncAt = Require.present(finishedAt, "finishedAt");
        if (newWatermark != null && (syncWatermark == null || newWatermark.isAfter(syncWatermark))) {
            this.syncWatermark = newWatermark;
        }
    }

    /** Where an incremental run starts reading (watermark minus the overlap), or null before the first completed run. */
    public Instant incrementalSince() {
        return syncWatermark == null ? null : syncWatermark.minus(INCREMENTAL_OVERLAP);
    }

    public BankAccountId id() {
        return id;
    }

    public CompanyCode company() {
        return company;
    }

    public BankId bankId() {
        return bankId;
    }

    public String name() {
        return name;
    }

    public Iban iban() {
        return iban;
    }

    public CurrencyCode currency() {
        return currency;
    }

    public String glAccount() {
        return glAccount;
    }

    public ProviderAccountRef providerAccount() {
        return providerAccount;
    }

    public LocalDate syncStartDate() {
        return syncStartDate;
    }

    public Instant lastSuccessfulSyncAt() {
        return lastSuccessfulSyncAt;
    }

    public Instant syncWatermark() {
        return syncWatermark;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankAccount account && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "BankAccount[" + id + ", " + company + ", " + name + "]";
    }
}
