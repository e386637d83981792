package org.banksync.adapters.persistence.bank;

import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.shared.Bic;

import java.net.URI;

/** Translates between {@link Bank} and {@link BankEntity}. */
final class BankMapper {
    private BankMapper() {
    }

    static Bank toDomain(BankEntity row) {
        return Bank.reconstitute(BankId.of(row.id), row.name, row.bic == null ? null : Bic.of(row.bic),
                uri(row.website), uri(row.logoUrl));
    }

    static void copy(Bank bank, BankEntity row) {
        row.id = bank.id().value();
        row.name = bank.name();
        row.bic = bank.bic() == null ? null : bank.bic().value();
        row.website = bank.website() == null ? null : bank.website().toString();
        row.logoUrl = bank.logoUrl() == null ? null : bank.logoUrl().toString();
    }

    private static URI uri(String value) {
        return value == null ? null : URI.create(value);
    }
}
