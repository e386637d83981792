package org.banksync.adapters.fileimport.statement;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.banksync.application.statement.port.out.UnreadableStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Catches the {@link UnreadableStatement} a read must end with. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal {@code read} throws; fails when it reads the file or fails otherwise. */
    public static UnreadableStatement refusal(ThrowingCallable read) {
        UnreadableStatement refused = catchThrowableOfType(UnreadableStatement.class, read);
        assertThat(refused).as("the file is refused").isNotNull();
        return refused;
    }
}
