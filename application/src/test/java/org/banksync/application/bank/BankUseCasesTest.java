package org.banksync.application.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.banksync.application.bank.port.in.RegisterBankCommand;
import org.banksync.application.bank.port.in.UpdateBankCommand;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.testing.InMemoryAdapters;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Bic;
import org.junit.jupiter.api.Test;

class BankUseCasesTest {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final RegisterBankService register = new RegisterBankService(adapters.banks);
    private final UpdateBankService update = new UpdateBankService(adapters.banks);
    private final DeleteBankService delete = new DeleteBankService(adapters.banks);
    private final FindBanksService find = new FindBanksService(adapters.banks);

    @Test
    void registerBank_storesIt() {
        Bank bank = register.register(new RegisterBankCommand("BNP Paribas", Bic.of("BNPAFRPP"),
                URI.create("https://mabanque.bnpparibas"), null));

        assertThat(find.get(bank.id()).name()).isEqualTo("BNP Paribas");
        assertThat(find.get(bank.id()).bic()).isEqualTo(Bic.of("BNPAFRPP"));
    }

    @Test
    void givenNoName_registerBank_isRefused() {
        assertRefused(() -> new RegisterBankCommand(" ", null, null, null), "name");
        assertRefused(() -> new RegisterBankCommand("BNP", null, URI.create("ftp://bnp.fr"), null), "website");
    }

    @Test
    void updateBank_replacesItsSettings() {
        Bank bank = adapters.storedBank("BNP");

        update.update(new UpdateBankCommand(bank.id(), "BNP Paribas", null, null, null));

        assertThat(find.get(bank.id()).name()).isEqualTo("BNP Paribas");
        assertThat(find.get(bank.id()).website()).isNull();
    }

    @Test
    void givenUnknownBank_updateAndGet_areNotFound() {
        BankId unknown = BankId.newId();

        assertThatThrownBy(() -> update.update(new UpdateBankCommand(unknown, "X", null, null, null)))
                .isInstanceOf(NotFound.class).hasMessageContaining(unknown.toString());
        assertThatThrownBy(() -> find.get(unknown)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> delete.delete(unknown)).isInstanceOf(NotFound.class);
    }

    @Test
    void deleteBank_removesAnUnusedBank() {
        Bank bank = adapters.storedBank("Old bank");

        delete.delete(bank.id());

        assertThat(adapters.banks.exists(bank.id())).isFalse();
    }

    @Test
    void givenBankWithAccounts_deleteBank_isAConflict() {
        BankId bankId = adapters.storedAccount(CompanyCode.DEFAULT, "Compte", null).bankId();

        assertThatThrownBy(() -> delete.delete(bankId)).isInstanceOf(Conflict.class);
        assertThat(adapters.banks.exists(bankId)).isTrue();
    }

    @Test
    void givenBankWithAConnection_deleteBank_isAConflict() {
        Bank bank = adapters.storedBank("Connected");
        adapters.banks.markConnected(bank.id());

        assertThatThrownBy(() -> delete.delete(bank.id())).isInstanceOf(Conflict.class);
    }

    @Test
    void listBanks_pagesThroughEveryBankOnceByName() {
        List.of("Crédit Mutuel", "Banque Postale", "Axa", "Société Générale", "BNP").forEach(adapters::storedBank);

        List<String> names = new ArrayList<>();
        Page<Bank> page = find.list(PageRequest.first(2));
        names.addAll(page.items().stream().map(Bank::name).toList());
        while (page.hasNext()) {
            page = find.list(PageRequest.of(2, page.nextCursor()));
            names.addAll(page.items().stream().map(Bank::name).toList());
        }

        assertThat(names).containsExactly("Axa", "Banque Postale", "BNP", "Crédit Mutuel", "Société Générale");
    }
}
