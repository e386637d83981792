package org.banksync.adapters.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Sends a browser that is not signed in to the sign-in page, remembering the page it asked for so that
 * signing in leads back there. A Faces Ajax request gets a partial-response redirect, which the page's
 * script follows (a plain 302 would be swallowed by the XMLHttpRequest).
 */
public final class LoginRedirect {

    static final String REQUESTED_PAGE = LoginRedirect.class.getName() + ".requestedPage";

    private LoginRedirect() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String login = request.getContextPath() + RequestArea.LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, login);
        }
        if ("GET".equals(request.getMethod()) && !RequestArea.pathOf(request).startsWith(RequestArea.RESOURCES)) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(REQUESTED_PAGE, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }

    /** The page a signed-out browser asked for, once: only ever a path of this application. */
    public static Optional<String> takeRequestedPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        String page = (String) session.getAttribute(REQUESTED_PAGE);
        session.removeAttribute(REQUESTED_PAGE);
        return Optional.ofNullable(page).filter(path -> path.startsWith(request.getContextPath() + "/") && !path.startsWith("//"));
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            response.flushBuffer();
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
