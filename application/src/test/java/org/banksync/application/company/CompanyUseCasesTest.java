package org.banksync.application.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.banksync.domain.testing.Violations.assertRefused;

import org.banksync.application.company.port.in.RegisterCompanyCommand;
import org.banksync.application.company.port.in.RenameCompanyCommand;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.testing.InMemoryCompanyRepository;
import org.banksync.domain.company.Company;
import org.banksync.domain.company.CompanyCode;
import org.junit.jupiter.api.Test;

class CompanyUseCasesTest {

    private final InMemoryCompanyRepository companies = new InMemoryCompanyRepository();
    private final RegisterCompanyService register = new RegisterCompanyService(companies);
    private final RenameCompanyService rename = new RenameCompanyService(companies);
    private final EnsureDefaultCompanyService ensureDefault = new EnsureDefaultCompanyService(companies);
    private final FindCompaniesService find = new FindCompaniesService(companies);

    @Test
    void registerCompany_storesIt() {
        register.register(new RegisterCompanyCommand(CompanyCode.of("ACME"), "Acme SAS"));

        assertThat(find.get(CompanyCode.of("acme")).name()).isEqualTo("Acme SAS");
    }

    @Test
    void givenTakenCode_registerCompany_isRefused() {
        register.register(new RegisterCompanyCommand(CompanyCode.of("ACME"), "Acme SAS"));

        assertRefused(() -> register.register(new RegisterCompanyCommand(CompanyCode.of("ACME"), "Other")), "code")
                .hasMessage("company ACME already exists");
        assertThat(find.get(CompanyCode.of("ACME")).name()).isEqualTo("Acme SAS");
    }

    @Test
    void renameCompany_keepsItsCode() {
        register.register(new RegisterCompanyCommand(CompanyCode.of("ACME"), "Acme SAS"));

        Company renamed = rename.rename(new RenameCompanyCommand(CompanyCode.of("ACME"), "Acme Group"));

        assertThat(renamed).isEqualTo(new Company(CompanyCode.of("ACME"), "Acme Group"));
        assertThat(find.get(CompanyCode.of("ACME"))).isEqualTo(renamed);
    }

    @Test
    void givenUnknownCompany_renameAndGet_areNotFound() {
        assertThatThrownBy(() -> rename.rename(new RenameCompanyCommand(CompanyCode.of("NOPE"), "X")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> find.get(CompanyCode.of("NOPE"))).isInstanceOf(NotFound.class)
                .hasMessage("there is no company NOPE");
    }

    @Test
    void ensureDefaultCompany_createsItOnceAndKeepsItsName() {
        Company first = ensureDefault.ensureDefaultCompany();
        rename.rename(new RenameCompanyCommand(CompanyCode.DEFAULT, "Ma société"));

        Company second = ensureDefault.ensureDefaultCompany();

        assertThat(first.code()).isEqualTo(CompanyCode.DEFAULT);
        assertThat(second.name()).isEqualTo("Ma société");
        assertThat(find.list(PageRequest.firstPage()).items()).hasSize(1);
    }

    @Test
    void listCompanies_inCodeOrder() {
        ensureDefault.ensureDefaultCompany();
        register.register(new RegisterCompanyCommand(CompanyCode.of("ZETA"), "Zeta"));
        register.register(new RegisterCompanyCommand(CompanyCode.of("ACME"), "Acme"));

        assertThat(find.list(PageRequest.firstPage()).items()).extracting(company -> company.code().value())
                .containsExactly("ACME", "DEFAULT", "ZETA");
    }
}
