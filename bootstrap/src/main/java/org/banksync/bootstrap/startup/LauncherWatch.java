package org.banksync.bootstrap.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Ends this Payara process when the launcher that started it is gone (killed with SIGKILL, say),
 * so that no orphan keeps the port and the database busy. Does nothing when not started by it.
 */
@Singleton
@Startup
public class LauncherWatch {

    private static final Logger LOG = Logger.getLogger(LauncherWatch.class.getName());

    private ScheduledExecutorService watcher;

    @PostConstruct
    void watch() {
        Optional<ProcessHandle> launcher = Optional.ofNullable(System.getenv("BANKSYNC_LAUNCHER_PID"))
                .map(Long::parseLong)
                .flatMap(ProcessHandle::of);
        if (launcher.isEmpty()) {
            return;
        }
        ProcessHandle parent = launcher.get();
        watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "banksync-launcher-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            if (!parent.isAlive()) {
                LOG.severe("The Banksync launcher (pid " + parent.pid() + ") is gone; stopping this server.");
                Runtime.getRuntime().halt(3);
            }
        }, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
