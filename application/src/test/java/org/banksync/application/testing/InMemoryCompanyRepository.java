package org.banksync.application.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;

/** Companies in a map. */
public class InMemoryCompanyRepository implements CompanyRepository {

    private final Map<CompanyCode, Company> companies = new ConcurrentHashMap<>();

    @Override
    public Optional<Company> findByCode(CompanyCode code) {
        return Optional.ofNullable(companies.get(code));
    }

    @Override
    public boolean exists(CompanyCode code) {
        return companies.containsKey(code);
    }

    @Override
    public Page<Company> findPage(PageRequest page) {
        return InMemoryPages.page(companies.values(), company -> company.code().value(), page, "companies");
    }

    @Override
    public void save(Company company) {
        companies.put(company.code(), company);
    }
}
