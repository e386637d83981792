package org.banksync.adapters.persistence.connection;

import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.connection.ProviderAccount;
import org.banksync.application.connection.port.out.ProviderAccountRepository;
import org.banksync.application.connection.port.out.ProviderAccountSnapshot;
import org.banksync.domain.account.BankAccount;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.ConnectionId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ProviderAccountRepository} promises; a subclass runs it against one implementation. */
public abstract class ProviderAccountRepositoryContract {

    protected static final Iban FRENCH = Iban.of("FR76 3000 6000 0112 3456 7890 189");

    protected final Ports ports;
    protected final ProviderAccountRepository providerAccounts;
    protected final CompanyCode company;
    protected final BankId bank;
    protected final ConnectionId connection;

    protected ProviderAccountRepositoryContract(Ports ports) {
        this.ports = ports;
        this.providerAccounts = ports.providerAccounts;
        this.company = ports.storedCompany();
        this.bank = ports.storedBank();
        this.connection = ports.storedConnection(bank, company);
    }

    protected static ProviderAccountSnapshot current(String externalId) {
        return new ProviderAccountSnapshot(externalId, "Compte courant " + externalId, FRENCH, CurrencyCode.EUR, "checking",
                new BigDecimal("1234.50"));
    }

    protected static ProviderAccountSnapshot card(String externalId) {
        return new ProviderAccountSnapshot(externalId, "Carte " + externalId, null, null, "card", new BigDecimal("-12.3"));
    }

    protected static Map<String, ProviderAccount> byExternalId(List<ProviderAccount> accounts) {
        return accounts.stream().collect(Collectors.toMap(ProviderAccount::externalId, Function.identity()));
    }

    /** A bank account of the connection's company and bank, linked to the provider account. */
    protected void linkBankAccountTo(String externalId) {
        BankAccount account = ports.storedAccount(company, bank, "Linked to " + externalId, null);
        account.linkTo(new ProviderAccountRef(connection, externalId));
        ports.accounts.save(account);
    }

    @Test
    @DisplayName("the accounts just read are stored with every field, balance scale included, and answered with the ids they are found by")
    void storesWhatWasRead() {
        List<ProviderAccount> stored = providerAccounts.replaceAll(connection, List.of(current("A"), card("B")));

        Map<String, ProviderAccount> byId = byExternalId(stored);
        assertThat(byId).containsOnlyKeys("A", "B");
        assertThat(byId.get("A")).usingRecursiveComparison().ignoringFields("id", "connectionId", "updatedAt")
                .isEqualTo(current("A"));
        assertThat(byId.get("B")).usingRecursiveComparison().ignoringFields("id", "connectionId", "updatedAt")
                .isEqualTo(card("B"));
        assertThat(byId.get("A").balance()).hasToString("1234.50");
        assertThat(stored).allSatisfy(account -> assertThat(account.connectionId()).isEqualTo(connection));
        for (ProviderAccount account : stored) {
            assertThat(providerAccounts.findById(account.id())).contains(account);
        }
        assertThat(providerAccounts.findByConnection(connection)).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    @DisplayName("reading again keeps the id of each account already known and updates it; a new account gets a new id")
    void keepsIdsAcrossReads() {
        Map<String, ProviderAccount> first = byExternalId(providerAccounts.replaceAll(connection, List.of(current("A"), card("B"))));

        ProviderAccountSnapshot renamed = new ProviderAccountSnapshot("A", "Compte joint", FRENCH, CurrencyCode.EUR, "checking",
                new BigDecimal("99.99"));
        Map<String, ProviderAccount> second = byExternalId(providerAccounts.replaceAll(connection,
                List.of(renamed, card("B"), current("C"))));

        assertThat(second).containsOnlyKeys("A", "B", "C");
        assertThat(second.get("A").id()).isEqualTo(first.get("A").id());
        assertThat(second.get("B").id()).isEqualTo(first.get("B").id());
        assertThat(second.get("C").id()).isNotIn(first.get("A").id(), first.get("B").id());
        assertThat(providerAccounts.findById(first.get("A").id()).orElseThrow())
                .usingRecursiveComparison().ignoringFields("id", "connectionId", "updatedAt").isEqualTo(renamed);
    }

    @Test
    @DisplayName("an account the aggregator no longer reports is gone when no bank account links to it")
    void dropsAccountsNoLongerRead() {
        Map<String, ProviderAccount> first = byExternalId(providerAccounts.replaceAll(connection, List.of(current("A"), card("B"))));

        List<ProviderAccount> answered = providerAccounts.replaceAll(connection, List.of(current("A")));

        assertThat(answered).extracting(ProviderAccount::externalId).containsExactly("A");
        assertThat(providerAccounts.findByConnection(connection)).extracting(ProviderAccount::externalId).containsExactly("A");
        assertThat(providerAccounts.findById(first.get("B").id())).isEmpty();
    }

    @Test
    @DisplayName("an account the aggregator no longer reports stays, and is answered, while a bank account links to it")
    void keepsLinkedAccountsNoLongerRead() {
        Map<String, ProviderAccount> first = byExternalId(providerAccounts.replaceAll(connection, List.of(current("A"), card("B"))));
        linkBankAccountTo("B");

        List<ProviderAccount> answered = providerAccounts.replaceAll(connection, List.of(current("A")));

        assertThat(answered).extracting(ProviderAccount::externalId).containsExactlyInAnyOrder("A", "B");
        assertThat(providerAccounts.findByConnection(connection)).containsExactlyInAnyOrderElementsOf(answered);
        assertThat(providerAccounts.findById(first.get("B").id())).contains(first.get("B"));
    }

    @Test
    @DisplayName("each account records when it was last read")
    void recordsWhenRead() {
        Instant firstRead = ports.clock.instant();
        providerAccounts.replaceAll(connection, List.of(current("A"), card("B")));
        ports.clock.advance(Duration.ofHours(1));
        Instant secondRead = ports.clock.instant();

        Map<String, ProviderAccount> second = byExternalId(providerAccounts.replaceAll(connection,
                List.of(current("A"), card("B"))));

        assertThat(firstRead).isNotEqualTo(secondRead);
        assertThat(second.values()).extracting(ProviderAccount::updatedAt).containsOnly(secondRead);
    }

    @Test
    @DisplayName("replacing one connection's accounts leaves another connection's, same external ids included, untouched")
    void connectionsAreApart() {
        ConnectionId other = ports.storedConnection(ports.storedBank(), company);
        ProviderAccount theirs = providerAccounts.replaceAll(other, List.of(current("A"))).get(0);
        ProviderAccount ours = providerAccounts.replaceAll(connection, List.of(current("A"))).get(0);

        providerAccounts.replaceAll(connection, List.of(card("Z")));

        assertThat(ours.id()).isNotEqualTo(theirs.id());
        assertThat(providerAccounts.findByConnection(other)).containsExactly(theirs);
    }

    @Test
    @DisplayName("an unknown provider account is not found, and a connection never read has none")
    void unknownAccount() {
        assertThat(providerAccounts.findById(UUID.randomUUID())).isEmpty();
        assertThat(providerAccounts.findByConnection(connection)).isEmpty();
    }
}
