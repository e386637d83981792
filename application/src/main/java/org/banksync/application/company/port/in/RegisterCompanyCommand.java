package org.banksync.application.company.port.in;

import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Require;

/** A new company: its unique code and its name. */
public record RegisterCompanyCommand(CompanyCode code, String name) {

    public RegisterCompanyCommand {
        Require.present(code, "code");
        name = Require.text(name, "name", Company.NAME_MAX_LENGTH);
    }
}
