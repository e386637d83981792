package org.banksync.adapters.web.api.shared;

/** A query or path parameter of the wrong type or an unknown value: answered 400 naming it. */
public final class InvalidParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
