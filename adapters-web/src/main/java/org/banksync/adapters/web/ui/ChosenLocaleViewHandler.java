package org.banksync.adapters.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Creates every view in the language the user chose in the header (else the browser's), so that backing
 * beans see it from the first phase on, before {@code f:view} is applied at render time.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Locale chosen = CDI.current().select(LocaleSwitch.class).get().chosen();
        return chosen != null ? chosen : getWrapped().calculateLocale(context);
    }
}
