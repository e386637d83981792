package org.banksync.application.shared;

/** The request is valid but the current state forbids it (a category still in use, a bank still holding accounts); answered 409. */
public final class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }
}
