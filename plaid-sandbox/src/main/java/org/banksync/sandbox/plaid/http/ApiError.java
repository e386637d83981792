package org.banksync.sandbox.plaid.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * An expected failure that becomes Plaid's error body:
 * {"error_type","error_code","error_code_reason","error_message","display_message","request_id"}.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorType;
    private final String errorCode;
    private final String errorCodeReason;
    private final String displayMessage;

    public ApiError(int status, String errorType, String errorCode, String errorCodeReason, String message,
                    String displayMessage) {
        super(message);
        this.status = status;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.errorCodeReason = errorCodeReason;
        this.displayMessage = displayMessage;
    }

    public ApiError(int status, String errorType, String errorCode, String message) {
        this(status, errorType, errorCode, null, message, null);
    }

    // INVALID_REQUEST: the shape of the call

    public static ApiError notFound(String path) {
        return new ApiError(404, "INVALID_REQUEST", "NOT_FOUND", "the requested path " + path + " was not found");
    }

    public static ApiError invalidBody(String message) {
        return new ApiError(400, "INVALID_REQUEST", "INVALID_BODY", message);
    }

    public static ApiError unknownFields(Collection<String> fields) {
        return new ApiError(400, "INVALID_REQUEST", "UNKNOWN_FIELDS",
                "the following fields are not recognized by this endpoint: " + String.join(", ", fields));
    }

    public static ApiError missingFields(Collection<String> fields) {
        return new ApiError(400, "INVALID_REQUEST", "MISSING_FIELDS",
                "the following required fields are missing: " + String.join(", ", fields));
    }

    public static ApiError invalidField(String message) {
        return new ApiError(400, "INVALID_REQUEST", "INVALID_FIELD", message);
    }

    public static ApiError invalidHeaders(String message) {
        return new ApiError(400, "INVALID_REQUEST", "INVALID_HEADERS", message);
    }

    // INVALID_INPUT: the values

    public static ApiError invalidApiKeys() {
        return new ApiError(400, "INVALID_INPUT", "INVALID_API_KEYS",
                "invalid client_id or secret provided");
    }

    public static ApiError invalidAccessToken() {
        return new ApiError(400, "INVALID_INPUT", "INVALID_ACCESS_TOKEN",
                "provided access token is in an invalid format or does not belong to an existing Item");
    }

    public static ApiError invalidPublicToken(String message) {
        return new ApiError(400, "INVALID_INPUT", "INVALID_PUBLIC_TOKEN", message);
    }

    public static ApiError invalidLinkToken() {
        return new ApiError(400, "INVALID_INPUT", "INVALID_LINK_TOKEN",
                "provided link token is in an invalid format or does not exist");
    }

    public static ApiError invalidAccountId(String accountId) {
        return new ApiError(400, "INVALID_INPUT", "INVALID_ACCOUNT_ID",
                "the account_id " + accountId + " does not belong to this Item");
    }

    public static ApiError invalidInstitution(String institutionId) {
        return new ApiError(400, "INVALID_INPUT", "INVALID_INSTITUTION",
                "unknown institution_id " + institutionId);
    }

    // ITEM_ERROR, INSTITUTION_ERROR, TRANSACTIONS_ERROR, API_ERROR

    public static ApiError itemLoginRequired(String reason) {
        return new ApiError(400, "ITEM_ERROR", "ITEM_LOGIN_REQUIRED", reason,
                "the login details of this item have changed (credentials, MFA, or required user action) and a user"
                        + " login is required to update this information. use Link's update mode to restore the item"
                        + " to a good state",
                "Your account login details have changed. Please reconnect your account.");
    }

    public static ApiError invalidCredentials() {
        return new ApiError(400, "ITEM_ERROR", "INVALID_CREDENTIALS", null,
                "the provided credentials were not correct",
                "The provided credentials were not correct. Please try again.");
    }

    public static ApiError institutionDown() {
        return new ApiError(400, "INSTITUTION_ERROR", "INSTITUTION_DOWN", null,
                "this institution is not currently responding to this request. please try again soon",
                "This financial institution is not currently responding to requests. We apologize for the inconvenience.");
    }

    public static ApiError mutationDuringPagination() {
        return new ApiError(400, "TRANSACTIONS_ERROR", "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
                "underlying transaction data changed since last page was fetched. please restart pagination from last"
                        + " update.");
    }

    public static ApiError internal(String message) {
        return new ApiError(500, "API_ERROR", "INTERNAL_SERVER_ERROR", null, message,
                "An unexpected error occurred. Please try again later.");
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorCodeReason() {
        return errorCodeReason;
    }

    public String displayMessage() {
        return displayMessage;
    }

    /** The error object without request_id (as embedded in item.error and webhooks). */
    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("display_message", displayMessage);
        body.put("error_code", errorCode);
        body.put("error_code_reason", errorCodeReason);
        body.put("error_message", getMessage());
        body.put("error_type", errorType);
        return body;
    }

    /** The response Plaid would send for this error. */
    public Response toResponse(String requestId) {
        return Response.json(status, toJson().put("request_id", requestId));
    }
}
