package org.banksync.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The walls of DESIGN.md section 2, checked once over the main classes of every module. */
@AnalyzeClasses(packages = "org.banksync", importOptions = ArchitectureRulesTest.MainClassesOnly.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule domain_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage("org.banksync.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.banksync.domain..", "java..")
            .because("the domain is plain Java: no framework decides what a bank transaction is");

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_annotation_apis = classes()
            .that().resideInAPackage("org.banksync.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.banksync.application..", "org.banksync.domain..", "java..",
                    "jakarta.inject..", "jakarta.enterprise.context..", "jakarta.enterprise.inject..",
                    "jakarta.transaction..")
            .because("use cases are framework-free but for CDI and transaction annotations (DESIGN.md section 2)");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("org.banksync.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter talks to the core through ports, never to another adapter");

    @ArchTest
    static final ArchRule core_does_not_depend_on_adapters_or_bootstrap = noClasses()
            .that().resideInAnyPackage("org.banksync.domain..", "org.banksync.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.banksync.adapters..", "org.banksync.bootstrap..")
            .because("dependencies point inwards: adapters depend on the core, not the reverse");

    @ArchTest
    static final ArchRule jpa_stays_in_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackage("org.banksync.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..")
            .because("JPA entities are a persistence detail; the rest of Banksync sees domain objects");

    @ArchTest
    static final ArchRule faces_stays_in_the_web_adapter = noClasses()
            .that().resideOutsideOfPackage("org.banksync.adapters.web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
            .because("pages and their backing beans belong to the web adapter");

    @ArchTest
    static final ArchRule rest_client_stays_in_aggregator_adapters = noClasses()
            .that().resideOutsideOfPackages("org.banksync.adapters.bridge..", "org.banksync.adapters.plaid..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.microprofile.rest.client..",
                    "org.eclipse.microprofile.faulttolerance..")
            .because("only the aggregator adapters call foreign HTTP APIs");

    @ArchTest
    static final ArchRule json_binding_stays_at_the_http_edges = noClasses()
            .that().resideInAnyPackage("org.banksync.domain..", "org.banksync.application..",
                    "org.banksync.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.json..")
            .because("JSON shapes are the contract of an HTTP edge, not of the core or the database");

    @ArchTest
    static final ArchRule bridge_dtos_never_leave_the_bridge_adapter = classes()
            .that().resideInAPackage("org.banksync.adapters.bridge..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("org.banksync.adapters.bridge..")
            .because("Bridge's wire model is translated at the adapter's edge (DESIGN.md section 2)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule plaid_dtos_never_leave_the_plaid_adapter = classes()
            .that().resideInAPackage("org.banksync.adapters.plaid..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("org.banksync.adapters.plaid..")
            .because("Plaid's wire model is translated at the adapter's edge, as Bridge's is")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule statement_formats_stay_in_the_file_import_adapter = classes()
            .that().resideInAPackage("org.banksync.adapters.fileimport..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("org.banksync.adapters.fileimport..")
            .because("CAMT, OFX and CSV are read at the adapter's edge; the core sees source transactions only");

    @ArchTest
    static final ArchRule xml_and_csv_parsing_stay_in_the_file_import_adapter = noClasses()
            .that().resideOutsideOfPackage("org.banksync.adapters.fileimport..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.xml.stream..", "org.apache.commons.csv..")
            .because("statement formats are parsed in one place, where XML is hardened against entities");

    @ArchTest
    static final ArchRule sandboxes_share_nothing_with_banksync = noClasses()
            .that().resideInAPackage("org.banksync.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("org.banksync.domain..", "org.banksync.application..",
                    "org.banksync.adapters..", "org.banksync.bootstrap..")
            .because("a simulator that shared the adapter's model would share its misunderstandings")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_the_launcher_starts_sandboxes = noClasses()
            .that().resideOutsideOfPackages("org.banksync.sandbox..", "org.banksync.bootstrap.launcher..")
            .should().dependOnClassesThat().resideInAPackage("org.banksync.sandbox..")
            .because("Banksync reaches a sandbox over HTTP only, as it would reach the real aggregator");

    @ArchTest
    static final ArchRule no_cycles_between_domain_features = slices()
            .matching("org.banksync.domain.(*)..").should().beFreeOfCycles()
            .because("features of the domain must be understandable one at a time");

    @ArchTest
    static final ArchRule no_cycles_between_application_features = slices()
            .matching("org.banksync.application.(*)..").should().beFreeOfCycles()
            .because("use cases of one feature must not loop through another feature");

    @ArchTest
    static final ArchRule no_cycles_inside_adapters = slices()
            .matching("org.banksync.adapters.(*).(*)..").should().beFreeOfCycles()
            .because("an adapter's packages form a tree a newcomer can read top-down");

    /** Main classes only: neither test-classes folders nor test-jars. */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }
}
