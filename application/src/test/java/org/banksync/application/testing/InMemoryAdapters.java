package org.banksync.application.testing;

import java.net.URI;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.LocalizedName;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.testing.MutableClock;
import org.banksync.domain.testing.SourceTransactionBuilder;
import org.banksync.domain.transaction.BankTransaction;

/** Every port out in memory, wired together, with a clock and helpers that store typical objects. */
public final class InMemoryAdapters {

    public final MutableClock clock = new MutableClock();
    public final InMemoryCompanyRepository companies = new InMemoryCompanyRepository();
    public final InMemoryBankAccountRepository accounts = new InMemoryBankAccountRepository();
    public final InMemoryBankRepository banks = new InMemoryBankRepository(accounts);
    public final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
    public final InMemoryCategoryRepository categories = new InMemoryCategoryRepository(transactions);

    /** With the default company, as after the first start. */
    public InMemoryAdapters() {
        companies.save(Company.defaultCompany());
    }

    public Company storedCompany(String code) {
        Company company = new Company(CompanyCode.of(code), code + " SAS");
        companies.save(company);
        return company;
    }

    public Bank storedBank(String name) {
        Bank bank = Bank.register(name, null, URI.create("https://www.example.org"), null);
        banks.save(bank);
        return bank;
    }

    public BankAccount storedAccount(CompanyCode company, String name, String iban) {
        BankAccount account = BankAccount.open(company, storedBank("Bank of " + name).id(), name,
                iban == null ? null : Iban.of(iban), CurrencyCode.EUR, null);
        accounts.save(account);
        return account;
    }

    public TransactionCategory storedCategory(String name, TransactionCategory parent) {
        TransactionCategory category = TransactionCategory.createManual(LocalizedName.of(name),
                parent == null ? null : parent.id(), CashFlowDirection.BOTH);
        categories.save(category);
        return category;
    }

    public BankTransaction storedTransaction(BankAccount account, SourceTransactionBuilder row) {
        BankTransaction transaction = BankTransaction.record(account.id(), row.build(), null, clock);
        transactions.save(transaction);
        return transaction;
    }
}
