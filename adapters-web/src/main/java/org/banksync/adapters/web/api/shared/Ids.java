package org.banksync.adapters.web.api.shared;

import org.banksync.application.shared.NotFound;
import org.banksync.domain.shared.DomainViolation;

import java.util.function.Function;

/** Path identifiers: one that does not even parse names nothing, so it is a 404 like an unknown one. */
public final class Ids {

    private Ids() {
    }

    public static <T> T parse(String text, Function<String, T> parser, String kind) {
        try {
            return parser.apply(text);
        } catch (DomainViolation | IllegalArgumentException e) {
            throw new NotFound(kind, text);
        }
    }
}
