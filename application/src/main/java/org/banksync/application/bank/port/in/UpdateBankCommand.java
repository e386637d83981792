package org.banksync.application.bank.port.in;

import java.net.URI;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.bank.BankId;
import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.WebAddress;

/** A bank's new settings, all of them (a null BIC, website or logo clears it). */
public record UpdateBankCommand(BankId id, String name, Bic bic, URI website, URI logoUrl) {

    public UpdateBankCommand {
        Require.present(id, "id");
        name = Require.text(name, "name", Bank.NAME_MAX_LENGTH);
        WebAddress.check(website, "website");
        WebAddress.check(logoUrl, "logoUrl");
    }
}
