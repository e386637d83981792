package org.banksync.domain.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.banksync.domain.shared.DomainViolation;

/** Asserts that code is refused with a {@link DomainViolation} naming a given field. */
public final class Violations {

    private Violations() {
    }

    public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable code, String field) {
        return assertThatThrownBy(code)
                .isInstanceOf(DomainViolation.class)
                .hasFieldOrPropertyWithValue("field", field);
    }
}
