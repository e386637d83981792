package org.banksync.application.bank.port.in;

import java.net.URI;
import org.banksync.domain.bank.Bank;
import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.Require;
import org.banksync.domain.shared.WebAddress;

/** A new bank: a name, and optionally its BIC, website and logo address. */
public record RegisterBankCommand(String name, Bic bic, URI website, URI logoUrl) {

    public RegisterBankCommand {
        name = Require.text(name, "name", Bank.NAME_MAX_LENGTH);
        WebAddress.check(website, "website");
        WebAddress.check(logoUrl, "logoUrl");
    }
}
