package org.banksync.bootstrap.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource, its URL and credentials from MicroProfile Config (BANKSYNC_DB_URL, ...). The
 * defaults are inline because microprofile-config.properties is not yet read when it is created.
 * stringtype=unspecified lets EclipseLink bind a null UUID; reWriteBatchedInserts speeds batches.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/banksync",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=banksync.db.url:jdbc:postgresql://localhost:5432/banksync}",
        user = "${MPCONFIG=banksync.db.user:banksync}",
        password = "${MPCONFIG=banksync.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"stringtype=unspecified", "reWriteBatchedInserts=true", "ApplicationName=banksync"})
@ApplicationScoped
public class BanksyncDataSource {
}
