package org.banksync.application.company.port.in;

import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.shared.Require;

/** A company's new name; its code never changes. */
public record RenameCompanyCommand(CompanyCode code, String name) {

    public RenameCompanyCommand {
        Require.present(code, "code");
        name = Require.text(name, "name", Company.NAME_MAX_LENGTH);
    }
}
