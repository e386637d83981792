package org.banksync.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in through the form, kept in the HTTP session: the name and the groups the identity
 * store gave at sign-in. Every page request is authenticated from it until sign-out or the session
 * times out.
 */
public record SignedInUser(String name, Set<String> groups) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    public SignedInUser {
        groups = Set.copyOf(groups);
    }

    static Optional<SignedInUser> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInUser) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /** Remembers the user in a session whose id changed at this moment, so an id planted before sign-in is worthless. */
    void keepIn(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, this);
    }
}
