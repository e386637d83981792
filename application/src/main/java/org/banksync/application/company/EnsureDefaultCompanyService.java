package org.banksync.application.company;

import jakarta.inject.Inject;
import org.banksync.application.company.port.in.EnsureDefaultCompanyUseCase;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

/** Creates the default company when it is missing. */
@UseCase
public class EnsureDefaultCompanyService implements EnsureDefaultCompanyUseCase {

    private CompanyRepository companies;

    protected EnsureDefaultCompanyService() {
        // for the CDI proxy
    }

    @Inject
    public EnsureDefaultCompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Company ensureDefaultCompany() {
        return companies.findByCode(CompanyCode.DEFAULT).orElseGet(() -> {
            Company created = Company.defaultCompany();
            companies.save(created);
            return created;
        });
    }
}
