package org.banksync.adapters.persistence.account;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bank account contract on PostgreSQL, plus what the schema adds. */
@DisplayName("JpaBankAccountRepository keeps the bank account repository contract on PostgreSQL")
class JpaBankAccountRepositoryTest extends BankAccountRepositoryContract {

    JpaBankAccountRepositoryTest() {
        super(Ports.jpa());
    }

    @Test
    @DisplayName("the schema refuses a second account of the same company with the same IBAN")
    void ibanIsUniquePerCompany() {
        Iban iban = Iban.of("GB82 WEST 1234 5698 7654 32");
        ports.storedAccount(company, bank, "First", iban);

        assertThatThrownBy(() -> ports.storedAccount(company, bank, "Second", iban))
                .hasStackTraceContaining("ux_bank_account_iban");
    }
}
