package org.banksync.application.company.port.in;

import org.banksync.domain.company.Company;

/** Adds a company whose bank accounts Banksync will keep. */
public interface RegisterCompanyUseCase {

    /** @throws org.banksync.domain.shared.DomainViolation on field {@code code} when the code is taken */
    Company register(RegisterCompanyCommand command);
}
