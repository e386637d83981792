package org.banksync.application.company.port.in;

import org.banksync.domain.company.Company;

/** Changes a company's name. */
public interface RenameCompanyUseCase {

    /** @throws org.banksync.application.shared.NotFound when there is no such company */
    Company rename(RenameCompanyCommand command);
}
