package org.banksync.adapters.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.banksync.domain.shared.DomainViolation;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages shown to the user, in the language of the view. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return new MessageFormat(bundle.getString(key), context.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A refusal attached to the input that caused it (its client id), so the user sees where. */
    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * A refusal of the core, on the form's input named like the refused field when there is one (marked invalid; the
     * form's messages show it), else for the page; led by the field's name in the user's language.
     */
    public static void violation(String formId, DomainViolation violation) {
        String label = fieldLabel(violation.field());
        String message = label == null ? violation.getMessage() : text("violation.withField", label, violation.getMessage());
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent input = formId == null ? null : context.getViewRoot().findComponent(formId + ":" + violation.field());
        if (input instanceof UIInput field) {
            markInvalid(field);
            error(field.getClientId(context), message);
        } else {
            error(null, message);
        }
        context.validationFailed();
    }

    /**
     * Marks a text input invalid (highlighted, aria-invalid) while it keeps showing what the user typed: the core
     * refused the value after the model took it, so it is given back as the submitted value.
     */
    private static void markInvalid(UIInput field) {
        if (field.getValue() instanceof String typed) {
            field.setSubmittedValue(typed);
            field.setValid(false);
        }
    }

    private static String fieldLabel(String field) {
        try {
            return text("field." + field);
        } catch (MissingResourceException unknown) {
            return null;
        }
    }
}
