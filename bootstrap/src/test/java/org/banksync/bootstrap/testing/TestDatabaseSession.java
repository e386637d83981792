package org.banksync.bootstrap.testing;

import org.banksync.adapters.persistence.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Before the first deployment, starts the test PostgreSQL and hands its coordinates to
 * arquillian.xml through system properties, so that Payara Micro runs against it. Only in the
 * Failsafe run (where the WAR exists); the unit tests of this module need no database.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "it-admin-Secret-1";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("banksync.war") == null) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        System.setProperty("banksync.test.db.url", database.url());
        System.setProperty("banksync.test.db.user", database.user());
        System.setProperty("banksync.test.db.password", database.password());
        System.setProperty("banksync.test.admin.password", ADMIN_PASSWORD);
        try {
            System.setProperty("banksync.test.data.dir", Files.createTempDirectory("banksync-it").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
