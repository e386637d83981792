package org.banksync.adapters.web.api.account;

import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.shared.Iban;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /bank-accounts: bankId, name and currency required; iban, glAccount, company optional. */
@Schema(name = "BankAccountRequest", description = "The body of POST and PUT /api/v1/bank-accounts (PUT ignores bankId and"
        + " company).",
        requiredProperties = {"bankId", "name", "currency"})
public record BankAccountRequest(
        @Schema(description = "The bank's identifier.") String bankId,
        @Schema(description = "The company code; the default company when absent.", nullable = true, example = "ACME")
        String company,
        @Schema(description = "The account's name.", example = "Main account") String name,
        @Schema(description = "The IBAN, checked (ISO 13616).", nullable = true, example = "FR7630006000011234567890189")
        String iban,
        @Schema(description = "ISO 4217 currency code.", example = "EUR") String currency,
        @Schema(description = "The general-ledger account in the accounting.", nullable = true, example = "512100")
        String glAccount) {

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
