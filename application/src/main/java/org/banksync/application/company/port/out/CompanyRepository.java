package org.banksync.application.company.port.out;

import java.util.Optional;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

/** Stores companies, keyed by code. */
public interface CompanyRepository {

    Optional<Company> findByCode(CompanyCode code);

    boolean exists(CompanyCode code);

    /** A page in code order. */
    Page<Company> findPage(PageRequest page);

    /** Inserts or updates. */
    void save(Company company);
}
