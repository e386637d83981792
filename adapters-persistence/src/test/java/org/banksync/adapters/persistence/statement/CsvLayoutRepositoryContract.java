package org.banksync.adapters.persistence.statement;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.domain.account.BankAccount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every CSV layout repository keeps: the last layout saved for each account, field for field. */
abstract class CsvLayoutRepositoryContract {

    private final Ports ports;
    private final CsvLayoutRepository layouts;

    CsvLayoutRepositoryContract(Ports ports, CsvLayoutRepository layouts) {
        this.ports = ports;
        this.layouts = layouts;
    }

    @Test
    @DisplayName("an account has no layout until one is saved, then the last one saved, every field intact")
    void keepsTheLastLayout() {
        BankAccount account = ports.storedAccount();
        assertThat(layouts.find(account.id())).isEmpty();

        CsvLayout french = new CsvLayout("windows-1252", ';', true, 3, "Date opération", "dd/MM/yyyy", "Date valeur",
                null, "Débit", "Crédit", ',', "Libellé", null, null);
        layouts.save(account.id(), CsvLayout.signedAmount(',', "Date", "yyyy-MM-dd", "Amount", '.', "Text"));
        layouts.save(account.id(), french);

        assertThat(layouts.find(account.id())).contains(french);
    }

    @Test
    @DisplayName("a tab delimiter, a positional layout without header and a reference column survive storage")
    void unusualFieldsSurvive() {
        BankAccount account = ports.storedAccount();
        CsvLayout positional = new CsvLayout("UTF-8", '\t', false, 0, "1", "MM/dd/yyyy", null, "3", null, null, '.', "2", "4", "5");

        layouts.save(account.id(), positional);

        assertThat(layouts.find(account.id())).contains(positional);
        assertThat(layouts.find(ports.storedAccount().id())).isEmpty();
    }
}
