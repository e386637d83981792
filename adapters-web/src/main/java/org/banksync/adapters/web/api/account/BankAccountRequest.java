package org.banksync.adapters.web.api.account;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;

/** The body of POST and PUT /bank-accounts: bankId, name and currency required; iban, glAccount, company optional. */
public record BankAccountRequest(String bankId, String company, String name, String iban, String currency, String glAccount) {

    BankId parsedBankId() {
        if (bankId == null || bankId.isBlank()) {
            throw new DomainViolation("bankId", "bankId is required");
        }
        return BankId.parse(bankId);
    }

    CompanyCode parsedCompany() {
        return company == null || company.isBlank() ? null : CompanyCode.of(company);
    }

    Iban parsedIban() {
        return iban == null || iban.isBlank() ? null : Iban.of(iban);
    }

    CurrencyCode parsedCurrency() {
        if (currency == null || currency.isBlank()) {
            throw new DomainViolation("currency", "currency is required (ISO 4217, e.g. EUR)");
        }
        return CurrencyCode.of(currency);
    }
}
