package org.banksync.bootstrap.launcher;

/** What the launcher says to the operator: short lines on the console, nothing else. */
final class Console {
    private Console() {
    }

    static void info(String message) {
        System.out.println("[banksync] " + message);
    }

    static void error(String message) {
        System.err.println("[banksync] ERROR: " + message);
    }
}
