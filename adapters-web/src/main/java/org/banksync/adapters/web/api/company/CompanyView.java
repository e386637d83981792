package org.banksync.adapters.web.api.company;

import org.banksync.domain.company.Company;

/** A company as the API shows it; also the body of POST and PUT. */
public record CompanyView(String code, String name) {

    static CompanyView of(Company company) {
        return new CompanyView(company.code().value(), company.name());
    }
}
