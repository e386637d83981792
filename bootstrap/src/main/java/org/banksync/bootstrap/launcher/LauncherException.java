package org.banksync.bootstrap.launcher;

/** A start-up failure the launcher explains to the operator in one sentence, without a stack trace. */
final class LauncherException extends RuntimeException {
    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
