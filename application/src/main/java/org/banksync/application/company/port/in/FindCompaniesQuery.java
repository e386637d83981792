package org.banksync.application.company.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

/** Lists the companies and reads one. */
public interface FindCompaniesQuery {

    Page<Company> list(PageRequest page);

    /** @throws org.banksync.application.shared.NotFound when there is no such company */
    Company get(CompanyCode code);
}
