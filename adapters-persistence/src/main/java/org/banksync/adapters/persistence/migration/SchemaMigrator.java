package org.banksync.adapters.persistence.migration;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings the schema to the newest migration; EclipseLink never generates schema. */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    public static void migrate(DataSource dataSource) {
        // The application's class loader, explicitly: app servers' scanners differ (flyway#3667).
        Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
