package org.banksync.adapters.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the pages: the browser's (Accept-Language, among those Banksync speaks) until the user
 * picks one in the header; the choice is kept for the session.
 */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SPOKEN = Set.of("en", "fr");

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** The language picked in the header, or null while the browser's applies. */
    Locale chosen() {
        return chosen;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and shows the same page again, with its parameters, in that language. */
    public String use(String language) {
        if (SPOKEN.contains(language)) {
            chosen = Locale.forLanguageTag(language);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
