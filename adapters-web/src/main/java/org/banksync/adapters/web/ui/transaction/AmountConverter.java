package org.banksync.adapters.web.ui.transaction;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.banksync.adapters.web.ui.FacesMessages;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;

/**
 * An amount typed by hand, exactly: a comma or a point as the decimal separator (French or English),
 * spaces as thousands separators, a leading minus for money out.
 */
@FacesConverter("banksync.amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replaceAll("[\\s\\u00A0\\u202F']", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            String message = FacesMessages.text("transactions.amountInvalid", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), notANumber);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        char separator = DecimalFormatSymbols.getInstance(context.getViewRoot().getLocale()).getDecimalSeparator();
        return value.toPlainString().replace('.', separator);
    }
}
