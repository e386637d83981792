package org.banksync.domain.company;

import org.banksync.domain.shared.Require;

/** A company whose bank accounts Banksync keeps in sync; identified by its code. */
public record Company(CompanyCode code, String name) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final String DEFAULT_NAME = "Default company";

    public Company {
        Require.present(code, "code");
        name = Require.text(name, "name", NAME_MAX_LENGTH);
    }

    /** The company that exists from the first start. */
    public static Company defaultCompany() {
        return new Company(CompanyCode.DEFAULT, DEFAULT_NAME);
    }

    public Company rename(String newName) {
        return new Company(code, newName);
    }
}
