package org.banksync.adapters.web.api.bank;

import org.banksync.domain.shared.Bic;
import org.banksync.domain.shared.WebAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;

/** The body of POST and PUT /banks; only the name is required. */
@Schema(name = "BankRequest", description = "The body of POST and PUT /api/v1/banks; only the name is required.",
        requiredProperties = "name")
public record BankRequest(
        @Schema(description = "The bank's name.", example = "Banque Populaire") String name,
        @Schema(description = "The bank's BIC (ISO 9362), 8 or 11 characters; stored upper case.", nullable = true,
                example = "CCBPFRPPXXX") String bic,
        @Schema(description = "The bank's web site, an absolute http(s) URL.", format = "uri", nullable = true,
                example = "https://www.banquepopulaire.fr") String website,
        @Schema(description = "The address of the bank's logo, an absolute http(s) URL.", format = "uri", nullable = true)
        String logoUrl) {

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
