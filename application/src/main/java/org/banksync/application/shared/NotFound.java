package org.banksync.application.shared;

/** The thing a request names (by id in its path) does not exist; answered 404. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public NotFound(String kind, Object id) {
        super("there is no " + kind + " " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What was looked for, in words: "bank", "bank account", "category", ... */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
