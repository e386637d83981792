package org.banksync.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.SourceTransactionBuilder.aSourceTransaction;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.OpenBankAccountCommand;
import org.banksync.application.account.port.in.UpdateBankAccountCommand;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.application.testing.InMemoryBankAccountRepository;
import org.banksync.application.testing.InMemoryBankRepository;
import org.banksync.application.testing.InMemoryCompanyRepository;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.Test;

class BankAccountUseCasesTest {

    private static final String FR_IBAN = "FR7630006000011234567890189";
    private static final String DE_IBAN = "DE89370400440532013000";

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final OpenBankAccountService open =
            new OpenBankAccountService(adapters.accounts, adapters.banks, adapters.companies);
    private final UpdateBankAccountService update = new UpdateBankAccountService(adapters.accounts);
    private final CloseBankAccountService close = new CloseBankAccountService(adapters.accounts, adapters.transactions);
    private final FindBankAccountsService find = new FindBankAccountsService(adapters.accounts);
    private final Bank bank = adapters.storedBank("BNP Paribas");

    private OpenBankAccountCommand command(CompanyCode company, String name, String iban) {
        return new OpenBankAccountCommand(company, bank.id(), name, iban == null ? null : Iban.of(iban),
                CurrencyCode.EUR, "512100");
    }

    @Test
    void givenNoCompany_openBankAccount_usesTheDefaultCompany() {
        BankAccount account = open.open(command(null, "Compte courant", FR_IBAN));

        assertThat(account.company()).isEqualTo(CompanyCode.DEFAULT);
        assertThat(find.get(account.id()).iban()).isEqualTo(Iban.of(FR_IBAN));
    }

    @Test
    void givenNamedCompany_openBankAccount_belongsToIt() {
        adapters.storedCompany("ACME");

        assertThat(open.open(command(CompanyCode.of("ACME"), "Compte", null)).company()).isEqualTo(CompanyCode.of("ACME"));
    }

    @Test
    void givenUnknownCompany_openBankAccount_isRefused() {
        assertRefused(() -> open.open(command(CompanyCode.of("NOPE"), "Compte", null)), "company")
                .hasMessage("there is no company NOPE");
    }

    @Test
    void givenNoDefaultCompany_openBankAccount_isRefused() {
        InMemoryBankAccountRepository accounts = new InMemoryBankAccountRepository();
        InMemoryBankRepository banks = new InMemoryBankRepository(accounts);
        banks.save(bank);
        OpenBankAccountService withoutDefault = new OpenBankAccountService(accounts, banks, new InMemoryCompanyRepository());

        assertRefused(() -> withoutDefault.open(command(null, "Compte", null)), "company")
                .hasMessage("the default company DEFAULT does not exist");
    }

    @Test
    void givenUnknownBank_openBankAccount_isRefused() {
        BankId unknown = BankId.newId();

        assertRefused(() -> open.open(new OpenBankAccountCommand(null, unknown, "Compte", null, CurrencyCode.EUR, null)),
                "bankId").hasMessageContaining(unknown.toString());
    }

    @Test
    void givenDuplicateIban_openBankAccount_isRefused() {
        open.open(command(null, "Compte courant", FR_IBAN));

        assertRefused(() -> open.open(command(null, "Doublon", " fr76 3000 6000 0112 3456 7890 189")), "iban")
                .hasMessageContaining("FR76 3000 6000 0112 3456 7890 189")
                .hasMessageContaining("Compte courant");
        assertThat(adapters.accounts.all()).hasSize(1);
    }

    @Test
    void givenSameIbanInAnotherCompany_openBankAccount_isAccepted() {
        adapters.storedCompany("ACME");
        open.open(command(null, "Compte courant", FR_IBAN));

        BankAccount other = open.open(command(CompanyCode.of("ACME"), "Compte Acme", FR_IBAN));

        assertThat(other.iban()).isEqualTo(Iban.of(FR_IBAN));
    }

    @Test
    void givenMissingParts_openBankAccountCommand_isRefused() {
        assertRefused(() -> new OpenBankAccountCommand(null, bank.id(), " ", null, CurrencyCode.EUR, null), "name");
        assertRefused(() -> new OpenBankAccountCommand(null, null, "A", null, CurrencyCode.EUR, null), "bankId");
        assertRefused(() -> new OpenBankAccountCommand(null, bank.id(), "A", null, null, null), "currency");
    }

    @Test
    void updateBankAccount_keepingItsOwnIban_isAccepted() {
        BankAccount account = open.open(command(null, "Compte", FR_IBAN));

        BankAccount updated = update.update(new UpdateBankAccountCommand(account.id(), "Compte principal",
                Iban.of(FR_IBAN), CurrencyCode.EUR, "512000"));

        assertThat(updated.name()).isEqualTo("Compte principal");
        assertThat(updated.glAccount()).isEqualTo("512000");
    }

    @Test
    void givenAnotherAccountsIban_updateBankAccount_isRefused() {
        open.open(command(null, "Compte FR", FR_IBAN));
        BankAccount german = open.open(command(null, "Konto", DE_IBAN));

        assertRefused(() -> update.update(new UpdateBankAccountCommand(german.id(), "Konto", Iban.of(FR_IBAN),
                CurrencyCode.EUR, null)), "iban");
        assertThat(find.get(german.id()).iban()).isEqualTo(Iban.of(DE_IBAN));
    }

    @Test
    void givenUnknownAccount_updateGetAndClose_areNotFound() {
        BankAccountId unknown = BankAccountId.newId();

        assertThatThrownBy(() -> update.update(new UpdateBankAccountCommand(unknown, "X", null, CurrencyCode.EUR, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> find.get(unknown)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> close.close(unknown)).isInstanceOf(NotFound.class);
    }

    @Test
    void closeBankAccount_deletesAnEmptyAccount() {
        BankAccount account = open.open(command(null, "Erreur", null));

        close.close(account.id());

        assertThat(adapters.accounts.findById(account.id())).isEmpty();
    }

    @Test
    void givenTransactions_closeBankAccount_isAConflict() {
        BankAccount account = open.open(command(null, "Compte", null));
        adapters.storedTransaction(account, aSourceTransaction());

        assertThatThrownBy(() -> close.close(account.id())).isInstanceOf(Conflict.class)
                .hasMessageContaining("holds transactions");
        assertThat(adapters.accounts.findById(account.id())).isPresent();
    }

    @Test
    void listBankAccounts_filtersByCompanyAndBank() {
        adapters.storedCompany("ACME");
        BankAccount mine = open.open(command(null, "Compte", null));
        open.open(command(CompanyCode.of("ACME"), "Compte Acme", null));
        BankAccount elsewhere = adapters.storedAccount(CompanyCode.DEFAULT, "Livret", null);

        assertThat(find.list(new BankAccountFilter(CompanyCode.DEFAULT, null), PageRequest.firstPage()).items())
                .containsExactly(mine, elsewhere);
        assertThat(find.list(new BankAccountFilter(null, bank.id()), PageRequest.firstPage()).items()).hasSize(2);
        assertThat(find.list(null, PageRequest.firstPage()).items()).hasSize(3);
    }
}
