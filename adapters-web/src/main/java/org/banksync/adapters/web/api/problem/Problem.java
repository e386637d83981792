package org.banksync.adapters.web.api.problem;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each invalid field. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
