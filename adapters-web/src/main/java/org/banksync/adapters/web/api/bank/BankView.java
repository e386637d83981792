package org.banksync.adapters.web.api.bank;

import org.banksync.adapters.web.api.connection.ConnectionView;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.connection.BankConnection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.util.List;

/** A bank as the API shows it (API.md "Bank"); no @Schema on the list: Payara 7.2025.1 then loses its items' type. */
@Schema(name = "Bank", description = "A bank (API.md \"Bank\") and its connections, one per company.")
public record BankView(
        @Schema(description = "The bank's identifier.", example = "0b8f2c1e-5c4a-4d3e-9f1a-2b3c4d5e6f70") String id,
        @Schema(description = "The bank's name.", example = "Banque Populaire") String name,
        @Schema(description = "The bank's BIC.", nullable = true, example = "CCBPFRPPXXX") String bic,
        @Schema(description = "The bank's web site.", format = "uri", nullable = true) String website,
        @Schema(description = "The address of the bank's logo.", format = "uri", nullable = true) String logoUrl,
        List<ConnectionView> connections) {

    static BankView of(Bank bank, List<BankConnection> connections, Clock clock) {
        return new BankView(bank.id().toString(), bank.name(),
                bank.bic() == null ? null : bank.bic().value(),
                bank.website() == null ? null : bank.website().toString(),
                bank.logoUrl() == null ? null : bank.logoUrl().toString(),
                connections.stream().map(connection -> ConnectionView.of(connection, clock)).toList());
    }
}
