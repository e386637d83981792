package org.banksync.adapters.web.api.company;

import org.banksync.domain.company.Company;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as the API shows it; also the body of POST and PUT. */
@Schema(name = "Company", description = "A company whose bank accounts Banksync keeps; also the body of POST and PUT"
        + " /api/v1/companies (PUT changes the name only).", requiredProperties = {"code", "name"})
public record CompanyView(
        @Schema(description = "The company's code, its stable identifier.", example = "ACME") String code,
        @Schema(description = "The company's name.", example = "Acme SAS") String name) {

    static CompanyView of(Company company) {
        return new CompanyView(company.code().value(), company.name());
    }
}
