package org.banksync.application.statement.port.out;

/**
 * A statement file that cannot be imported, and where: {@code place} names the line, element or
 * field ("line 12, column amount", "Stmt[1]/Ntry[4]/Amt") so the user can find it in the file.
 */
public final class UnreadableStatement extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String place;

    public UnreadableStatement(String place, String detail) {
        super(detail);
        this.place = place;
    }

    public UnreadableStatement(String place, String detail, Throwable cause) {
        super(detail, cause);
        this.place = place;
    }

    /** Where in the file, or null when the whole file is at fault (its size, its format). */
    public String place() {
        return place;
    }

    public String detail() {
        return getMessage();
    }
}
