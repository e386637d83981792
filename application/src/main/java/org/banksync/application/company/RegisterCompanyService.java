package org.banksync.application.company;

import jakarta.inject.Inject;
import org.banksync.application.company.port.in.RegisterCompanyCommand;
import org.banksync.application.company.port.in.RegisterCompanyUseCase;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.company.Company;
import org.banksync.domain.shared.DomainViolation;

/** Registers a company under a code nobody uses yet. */
@UseCase
public class RegisterCompanyService implements RegisterCompanyUseCase {

    private CompanyRepository companies;

    protected RegisterCompanyService() {
        // for the CDI proxy
    }

    @Inject
    public RegisterCompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Company register(RegisterCompanyCommand command) {
        if (companies.exists(command.code())) {
            throw new DomainViolation("code", "company " + command.code() + " already exists");
        }
        Company company = new Company(command.code(), command.name());
        companies.save(company);
        return company;
    }
}
