package org.banksync.adapters.web.api.bank;

import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.WebAddress;

import java.net.URI;

/** The body of POST and PUT /banks; only the name is required. */
public record BankRequest(String name, String bic, String website, String logoUrl) {

    Bic parsedBic() {
        return bic == null || bic.isBlank() ? null : Bic.of(bic);
    }

    URI parsedWebsite() {
        return WebAddress.parse(website, "website");
    }

    URI parsedLogoUrl() {
        return WebAddress.parse(logoUrl, "logoUrl");
    }
}
