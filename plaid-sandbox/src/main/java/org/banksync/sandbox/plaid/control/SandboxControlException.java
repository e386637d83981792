package org.banksync.sandbox.plaid.control;

/** A control call that the sandbox refused or could not answer. */
public final class SandboxControlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public SandboxControlException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or -1 when the sandbox could not be reached. */
    public int status() {
        return status;
    }
}
