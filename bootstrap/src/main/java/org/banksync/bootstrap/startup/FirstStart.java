package org.banksync.bootstrap.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.banksync.application.company.port.in.EnsureDefaultCompanyUseCase;
import org.banksync.application.user.port.in.EnsureAdministratorUseCase;
import org.banksync.application.user.port.in.EnsureAdministratorUseCase.AdministratorSetup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What must exist before anyone signs in: the default company and the administrator {@code admin}.
 * A generated password goes to {@code <data dir>/initial-admin-password} (owner-only), never to the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    EnsureDefaultCompanyUseCase defaultCompany;

    @Inject
    EnsureAdministratorUseCase administrator;

    @Inject
    @ConfigProperty(name = "banksync.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "banksync.data.dir")
    Optional<String> dataDir;

    @PostConstruct
    void prepare() {
        defaultCompany.ensureDefaultCompany();
        AdministratorSetup setup = administrator.ensureAdministrator(adminPassword);
        if (setup instanceof AdministratorSetup.CreatedWithGeneratedPassword generated) {
            Path file = writePasswordFile(generated.password());
            LOG.warning("Created the administrator 'admin' with a generated password, written to " + file
                    + ". Sign in and change it.");
        } else if (setup instanceof AdministratorSetup.CreatedWithConfiguredPassword) {
            LOG.info("Created the administrator 'admin' with the password from BANKSYNC_ADMIN_PASSWORD.");
        }
    }

    private Path writePasswordFile(String password) {
        Path directory = Path.of(dataDir.orElse(System.getProperty("user.home") + "/.banksync"));
        Path file = directory.resolve("initial-admin-password");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the administrator's initial password to " + file, e);
        }
    }
}
