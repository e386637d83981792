package org.banksync.application.connection;

/** What a failed hosted flow means to the user, from the step the aggregator reports. */
final class ConnectFailureAdvice {

    private ConnectFailureAdvice() {
    }

    /** A message and a remedy for the step at which the user left the aggregator's page. */
    static String[] forStep(String step) {
        String known = step == null ? "" : step;
        return switch (known) {
            case "bank_creds_form", "edit_bank_creds_form" -> new String[]{
                    "The bank did not accept the identifiers that were entered.",
                    "Check your identifiers with your bank, then connect again."};
            case "otp_form" -> new String[]{
                    "The bank's strong authentication (code or app confirmation) was not completed.",
                    "Connect again and complete the bank's verification."};
            case "sync_error" -> new String[]{
                    "The bank could not be reached, or refused the synchronisation.",
                    "Try again in a few minutes; if it keeps failing, check your bank's website for an incident."};
            case "sync_pending", "sync_in_progress" -> new String[]{
                    "The bank is still preparing your accounts.",
                    "Wait a few minutes, then connect again to finish."};
            case "pro_validation_form", "email_validation_form" -> new String[]{
                    "A confirmation was still expected on the aggregator's page.",
                    "Connect again and complete the confirmation."};
            case "link_iban_error" -> new String[]{
                    "The accounts could not be matched to IBANs at the bank.",
                    "Connect again; if it keeps failing, contact support with the bank's name."};
            default -> new String[]{
                    "The connection was not completed" + (known.isEmpty() ? "." : " (step " + known + ")."),
                    "Start the connection again from the bank's page."};
        };
    }
}
