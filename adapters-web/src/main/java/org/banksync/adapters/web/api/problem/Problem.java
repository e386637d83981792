package org.banksync.adapters.web.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} names each invalid field (no @Schema on that list: Payara 7.2025.1
 * then loses its items' type).
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json).")
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", format = "uri",
                example = "urn:banksync:problem:rule-violated") String type,
        @Schema(description = "The HTTP status's reason phrase.", example = "Unprocessable Content") String title,
        @Schema(description = "The HTTP status code.", example = "422") int status,
        @Schema(description = "What went wrong, for a human.", nullable = true) String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field and what is wrong with it. */
    @Schema(name = "FieldError", description = "One invalid input field and what is wrong with it.")
    public record FieldError(@Schema(description = "The field or parameter.", example = "iban") String field,
                             @Schema(description = "What is wrong with it.") String message) {
    }
}
