package org.banksync.bootstrap.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.banksync.adapters.persistence.migration.SchemaMigrator;

import javax.sql.DataSource;

/** Migrates the schema before anything touches the database; start-up fails if it cannot. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    @Resource(lookup = "java:app/jdbc/banksync")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrator.migrate(dataSource);
    }
}
