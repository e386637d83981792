package org.banksync.sandbox.plaid.connect;

import java.util.List;
import org.banksync.sandbox.plaid.data.Institution;
import org.banksync.sandbox.plaid.http.ApiError;

/** The hosted Link page's HTML: plain forms with stable ids so tests and browsers can drive them. */
final class HostedLinkHtml {

    private HostedLinkHtml() {
    }

    static String institutions(String session, String clientName, List<Institution> institutions) {
        StringBuilder list = new StringBuilder();
        for (Institution institution : institutions) {
            list.append("<li><a id=\"institution-").append(escape(institution.institutionId())).append("\" href=\"")
                    .append(base(session)).append("/institutions/").append(escape(institution.institutionId()))
                    .append("\">").append(escape(institution.name())).append("</a></li>\n");
        }
        return page("Select your bank", "<h1>" + escape(clientName) + " uses Plaid to connect your account</h1>\n"
                + "<h2>Select your bank</h2>\n<ul id=\"institutions\">\n" + list + "</ul>\n"
                + exitForm(session, "institution_not_found", null));
    }

    static String login(String session, Institution institution, boolean updateMode, ApiError error) {
        String intro = updateMode
                ? "<p id=\"update-mode\">Log in again to keep " + escape(institution.name()) + " connected.</p>\n"
                : "";
        String problem = error == null ? ""
                : "<p id=\"error\" data-error-code=\"" + escape(error.errorCode()) + "\" role=\"alert\">"
                        + escape(error.errorCode()) + ": "
                        + escape(error.displayMessage() != null ? error.displayMessage() : error.getMessage()) + "</p>\n";
        String form = institution.down() ? ""
                : "<form id=\"login-form\" method=\"post\" action=\"" + base(session) + "/login\">\n"
                + "<input type=\"hidden\" name=\"institution_id\" value=\"" + escape(institution.institutionId()) + "\">\n"
                + "<p><label for=\"username\">Username</label> <input id=\"username\" name=\"username\" type=\"text\""
                + " autocomplete=\"off\"></p>\n"
                + "<p><label for=\"password\">Password</label> <input id=\"password\" name=\"password\""
                + " type=\"password\"></p>\n"
                + "<p class=\"hint\">Sandbox: user_good / pass_good. Password error_ITEM_LOCKED (or any"
                + " error_&lt;CODE&gt;) fails with that code.</p>\n"
                + "<p><button id=\"submit\" type=\"submit\">Submit</button></p>\n</form>\n";
        return page("Log in to " + institution.name(), "<h1 id=\"institution-name\">" + escape(institution.name())
                + "</h1>\n" + intro + problem + form + exitForm(session, "requires_credentials", institution));
    }

    static String done(boolean success) {
        String text = success ? "Success! Your account is connected." : "You exited before connecting an account.";
        return page("Plaid", "<h1 id=\"done\" data-status=\"" + (success ? "SUCCESS" : "EXITED") + "\">" + text
                + "</h1>\n<p>You may close this window.</p>");
    }

    static String problem(String message) {
        return page("Plaid", "<h1 id=\"problem\">" + escape(message) + "</h1>");
    }

    private static String exitForm(String session, String status, Institution institution) {
        String institutionField = institution == null ? ""
                : "<input type=\"hidden\" name=\"institution_id\" value=\"" + escape(institution.institutionId()) + "\">\n";
        return "<form id=\"exit-form\" method=\"post\" action=\"" + base(session) + "/exit\">\n"
                + "<input type=\"hidden\" name=\"status\" value=\"" + status + "\">\n" + institutionField
                + "<p><button id=\"exit\" type=\"submit\">Exit</button></p>\n</form>";
    }

    private static String base(String session) {
        return "/hosted-link/" + escape(session);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
