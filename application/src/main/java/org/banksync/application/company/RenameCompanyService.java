package org.banksync.application.company;

import jakarta.inject.Inject;
import org.banksync.application.company.port.in.RenameCompanyCommand;
import org.banksync.application.company.port.in.RenameCompanyUseCase;
import org.banksync.application.company.port.out.CompanyRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.company.Company;

/** Renames a company. */
@UseCase
public class RenameCompanyService implements RenameCompanyUseCase {

    private CompanyRepository companies;

    protected RenameCompanyService() {
        // for the CDI proxy
    }

    @Inject
    public RenameCompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Company rename(RenameCompanyCommand command) {
        Company renamed = companies.findByCode(command.code())
                .orElseThrow(() -> new NotFound("company", command.code()))
                .rename(command.name());
        companies.save(renamed);
        return renamed;
    }
}
