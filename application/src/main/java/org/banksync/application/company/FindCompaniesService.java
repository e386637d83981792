package org.banksync.application.company;

import jakarta.inject.Inject;
import org.banksync.application.company.port.in.FindCompaniesQuery;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

/** Reads companies. */
@UseCase
public class FindCompaniesService implements FindCompaniesQuery {

    private CompanyRepository companies;

    protected FindCompaniesService() {
        // for the CDI proxy
    }

    @Inject
    public FindCompaniesService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Page<Company> list(PageRequest page) {
        return companies.findPage(page);
    }

    @Override
    public Company get(CompanyCode code) {
        return companies.findByCode(code).orElseThrow(() -> new NotFound("company", code));
    }
}
