package org.banksync.adapters.web.ui.sync;

import org.banksync.adapters.web.ui.Option;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.account.BankAccount;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The bank accounts as the sync screens name them; only linked ones can be synchronised. */
final class LinkedAccounts {

    private LinkedAccounts() {
    }

    static List<BankAccount> all(FindBankAccountsQuery accounts) {
        return accounts.list(BankAccountFilter.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    static List<Option> linkedOptions(List<BankAccount> accounts) {
        return accounts.stream().filter(BankAccount::isLinked).map(LinkedAccounts::option).toList();
    }

    static List<Option> options(List<BankAccount> accounts) {
        return accounts.stream().map(LinkedAccounts::option).toList();
    }

    static Map<String, String> names(List<BankAccount> accounts) {
        return accounts.stream().collect(Collectors.toMap(account -> account.id().toString(), BankAccount::name));
    }

    private static Option option(BankAccount account) {
        return new Option(account.id().toString(), account.name()
                + (account.iban() == null ? "" : " · " + account.iban().formatted()));
    }
}
