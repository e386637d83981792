package org.banksync.application.company.port.in;

import org.banksync.domain.company.Company;

/** Makes sure the default company exists; called once at start-up, harmless to call again. */
public interface EnsureDefaultCompanyUseCase {

    /** The default company, created if it was missing. */
    Company ensureDefaultCompany();
}
