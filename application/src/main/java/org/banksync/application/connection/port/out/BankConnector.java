package org.banksync.application.connection.port.out;

import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One aggregator (Bridge, Plaid, ...) as the connection feature sees it. Implementations translate
 * the aggregator's model at their edge; every failure surfaces as an {@link AggregatorFailure}.
 */
public interface BankConnector {

    Provider provider();

    /** Creates a hosted connect session for the company; the user's browser goes to the answered URL. */
    URI startConnectSession(CompanyCode company, ConnectSessionRequest request);

    /** The item's current health, mapped to the connection states of DESIGN.md section 3. */
    ItemSnapshot readItem(CompanyCode company, String itemId);

    /** The item's accounts; rows with invalid data are reported in {@link AccountsRead#rejected()}, never returned as accounts. */
    AccountsRead readAccounts(CompanyCode company, String itemId);

    /** The aggregator's whole category tree, in French and English. */
    List<ProviderCategorySnapshot> readCategories();

    /** A connect session: a context echoed on the callback, and for a reconnection the item to renew. */
    record ConnectSessionRequest(String context, Optional<String> itemId, boolean forceReauthentication) {
    }

    /** The accounts read, and what was refused with the reason. */
    record AccountsRead(List<ProviderAccountSnapshot> accounts, List<String> rejected) {
        public AccountsRead {
            accounts = List.copyOf(accounts);
            rejected = List.copyOf(rejected);
        }
    }
}
