package org.banksync.sandbox.bridge.connect;

import java.util.List;
import org.banksync.sandbox.bridge.data.Provider;

/** The connect page's HTML: plain forms with stable ids so tests and browsers can drive them. */
final class ConnectHtml {

    private ConnectHtml() {
    }

    static String bankList(String sessionId, List<Provider> providers) {
        StringBuilder list = new StringBuilder();
        for (Provider provider : providers) {
            list.append("<li><a id=\"provider-").append(provider.id()).append("\" href=\"/connect/")
                    .append(escape(sessionId)).append("/providers/").append(provider.id()).append("\">")
                    .append(escape(provider.name())).append("</a></li>\n");
        }
        return page("Choisissez votre banque", "<h1>Choisissez votre banque</h1>\n<ul id=\"providers\">\n" + list + "</ul>");
    }

    static String login(String sessionId, Provider provider, boolean reauthentication) {
        String intro = reauthentication
                ? "<p id=\"reauthentication\">Renouvelez l'accès à vos comptes " + escape(provider.name()) + ".</p>"
                : "";
        return page("Connexion à " + provider.name(), "<h1>" + escape(provider.name()) + "</h1>\n" + intro + "\n"
                + "<form id=\"login-form\" method=\"post\" action=\"/connect/" + escape(sessionId) + "/login\">\n"
                + "<input type=\"hidden\" name=\"provider_id\" value=\"" + provider.id() + "\">\n"
                + "<p><label for=\"login\">Identifiant</label> <input id=\"login\" name=\"login\" type=\"text\" autocomplete=\"off\"></p>\n"
                + "<p><label for=\"password\">Mot de passe</label> <input id=\"password\" name=\"password\" type=\"password\"></p>\n"
                + "<p class=\"hint\">Demo Bank : l'identifiant choisit le scénario (success, otp, otp_fail, 402, 429, 1003, "
                + "1005_CLOSED_ACCOUNT, success.1010). Tout mot de passe convient.</p>\n"
                + "<p><button id=\"submit\" type=\"submit\">Se connecter</button></p>\n</form>");
    }

    static String otp(String sessionId, long providerId, String login) {
        return page("Code de sécurité", "<h1>Code de sécurité</h1>\n"
                + "<form id=\"otp-form\" method=\"post\" action=\"/connect/" + escape(sessionId) + "/otp\">\n"
                + "<input type=\"hidden\" name=\"provider_id\" value=\"" + providerId + "\">\n"
                + "<input type=\"hidden\" name=\"login\" value=\"" + escape(login) + "\">\n"
                + "<p><label for=\"otp\">Code reçu par SMS</label> <input id=\"otp\" name=\"otp\" type=\"text\" autocomplete=\"one-time-code\"></p>\n"
                + "<p><button id=\"submit\" type=\"submit\">Valider</button></p>\n</form>");
    }

    static String done(boolean success) {
        String text = success ? "Vos comptes sont connectés." : "La connexion n'a pas abouti.";
        return page("Bridge", "<h1 id=\"result\">" + text + "</h1><p>Vous pouvez fermer cette page.</p>");
    }

    static String problem(String message) {
        return page("Bridge", "<h1 id=\"error\">" + escape(message) + "</h1>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
