package org.banksync.adapters.persistence.account;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.out.BankAccountRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

/** What every {@link BankAccountRepository} promises; a subclass runs it against one implementation. */
public abstract class BankAccountRepositoryContract {

    private static final Iban FRENCH = Iban.of("FR76 3000 6000 0112 3456 7890 189");
    private static final Iban GERMAN = Iban.of("DE89 3704 0044 0532 0130 00");

    protected final Ports ports;
    protected final BankAccountRepository accounts;
    protected final CompanyCode company;
    protected final BankId bank;

    protected BankAccountRepositoryContract(Ports ports) {
        this.ports = ports;
        this.accounts = ports.accounts;
        this.company = ports.storedCompany();
        this.bank = ports.storedBank();
    }

    protected BankAccount stored(String name) {
        return ports.storedAccount(company, bank, name, null);
    }

    protected List<BankAccountId> all(BankAccountFilter filter, int limit) {
        List<BankAccountId> served = new ArrayList<>();
        Page<BankAccount> page = accounts.findPage(filter, PageRequest.first(limit));
        served.addAll(page.items().stream().map(BankAccount::id).toList());
        while (page.hasNext()) {
            page = accounts.findPage(filter, PageRequest.of(limit, page.nextCursor()));
            served.addAll(page.items().stream().map(BankAccount::id).toList());
        }
        return served;
    }

    @Test
    @DisplayName("a stored account comes back as it was: IBAN, currency, GL account, provider link and sync state")
    void storesEveryField() {
        ConnectionId connection = ports.storedConnection(bank, company);
        BankAccount account = BankAccount.open(company, bank, "Compte courant", FRENCH, CurrencyCode.of("USD"), "512100");
        account.linkTo(new ProviderAccountRef(connection, "bridge-account-42"));
        account.startSyncFrom(LocalDate.of(2024, 1, 1));
        account.recordCompletedSync(Instant.parse("2026-11-26T03:00:12Z"), Instant.parse("2026-11-25T22:14:03.250Z"));
        accounts.save(account);

        assertThat(accounts.findById(account.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(account);
    }

    @Test
    @DisplayName("saving again updates the account in place; unlinked, it is no longer found by its provider account")
    void updatesInPlace() {
        ConnectionId connection = ports.storedConnection(bank, company);
        ProviderAccountRef ref = new ProviderAccountRef(connection, "acc-1");
        BankAccount account = stored("Compte");
        account.linkTo(ref);
        accounts.save(account);

        account.update("Compte principal", GERMAN, CurrencyCode.EUR, "512000");
        account.unlink();
        accounts.save(account);

        assertThat(accounts.findById(account.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(account);
        assertThat(accounts.findByProviderAccount(ref)).isEmpty();
    }

    @Test
    @DisplayName("an account is found by its company's IBAN, and not through another company holding the same IBAN")
    void findsByIban() {
        CompanyCode otherCompany = ports.storedCompany();
        BankAccount ours = ports.storedAccount(company, bank, "Ours", FRENCH);
        BankAccount theirs = ports.storedAccount(otherCompany, bank, "Theirs", FRENCH);

        assertThat(accounts.findByIban(company, FRENCH)).map(BankAccount::id).contains(ours.id());
        assertThat(accounts.findByIban(otherCompany, FRENCH)).map(BankAccount::id).contains(theirs.id());
        assertThat(accounts.findByIban(company, GERMAN)).isEmpty();
    }

    @Test
    @DisplayName("an account is found by the provider account that feeds it, on that connection only")
    void findsByProviderAccount() {
        ConnectionId connection = ports.storedConnection(bank, company);
        ConnectionId otherConnection = ports.storedConnection(ports.storedBank(), company);
        BankAccount linked = stored("Linked");
        linked.linkTo(new ProviderAccountRef(connection, "acc-1"));
        accounts.save(linked);

        assertThat(accounts.findByProviderAccount(new ProviderAccountRef(connection, "acc-1")))
                .map(BankAccount::id).contains(linked.id());
        assertThat(accounts.findByProviderAccount(new ProviderAccountRef(otherConnection, "acc-1"))).isEmpty();
        assertThat(accounts.findByProviderAccount(new ProviderAccountRef(connection, "acc-2"))).isEmpty();
    }

    @Test
    @DisplayName("the list is by name ignoring case, then id, and narrows to a company, a bank, or both")
    void listsByNameWithFilters() {
        BankId otherBank = ports.storedBank();
        BankAccount beta = stored("beta");
        BankAccount upperAlpha = ports.storedAccount(company, otherBank, "Alpha", null);
        BankAccount gamma = stored("Gamma");
        BankAccount alpha = stored("alpha");
        ports.storedAccount(ports.storedCompany(), bank, "Another company's", null);

        assertThat(all(new BankAccountFilter(company, null), 2))
                .containsExactly(upperAlpha.id(), alpha.id(), beta.id(), gamma.id());
        assertThat(all(new BankAccountFilter(company, bank), 2)).containsExactly(alpha.id(), beta.id(), gamma.id());
        assertThat(all(new BankAccountFilter(null, otherBank), 2)).containsExactly(upperAlpha.id());
    }

    @Test
    @DisplayName("accounts added while a client pages never make it miss or repeat one, accented names included")
    void pagesWhileAccountsArrive() {
        List<BankAccountId> existing = new ArrayList<>();
        for (String name : List.of("Épargne", "épargne projet", "Compte", "Étude", "Zèbre", "caisse", "Œuvre")) {
            existing.add(stored(name).id());
        }
        BankAccountFilter filter = new BankAccountFilter(company, null);

        List<BankAccountId> served = new ArrayList<>();
        Page<BankAccount> page = accounts.findPage(filter, PageRequest.first(2));
        served.addAll(page.items().stream().map(BankAccount::id).toList());
        stored("Aaa first");
        stored("zzz last");
        while (page.hasNext()) {
            page = accounts.findPage(filter, PageRequest.of(2, page.nextCursor()));
            served.addAll(page.items().stream().map(BankAccount::id).toList());
        }

        assertThat(served).doesNotHaveDuplicates().containsAll(existing);
    }

    @Test
    @DisplayName("a deleted account is gone")
    void deletes() {
        BankAccount doomed = stored("Doomed");

        accounts.delete(doomed.id());

        assertThat(accounts.findById(doomed.id())).isEmpty();
        assertThat(all(new BankAccountFilter(company, null), 10)).doesNotContain(doomed.id());
    }

    @Test
    @DisplayName("a cursor this list did not issue is refused, naming the cursor")
    void refusesForeignCursors() {
        BankAccountFilter filter = new BankAccountFilter(company, null);

        assertRefused(() -> accounts.findPage(filter, PageRequest.of(10, "not-a-cursor")), "cursor");
        assertRefused(() -> accounts.findPage(filter, PageRequest.of(10, "@@@")), "cursor");
    }
}
