package org.banksync.adapters.fileimport.csv;

import org.banksync.application.statement.CsvLayout;

/** The layouts of the sample CSV files, as their account would have saved them. */
final class CsvLayouts {

    /** The French bank's windows-1252 export: four lines before the header, a debit and a credit column. */
    static final CsvLayout FRENCH = new CsvLayout("windows-1252", ';', true, 4, "Date", "dd/MM/yyyy",
            "Date de valeur", null, "Débit", "Crédit", ',', "Libellé", null, null);

    /** The same bank's UTF-8 export with a byte order mark, mapped in lower case. */
    static final CsvLayout FRENCH_UTF8 = new CsvLayout("UTF-8", ';', true, 0, "date", "dd/MM/yyyy",
            null, null, "débit", "crédit", ',', "libellé", null, null);

    /** The UK bank's export: one signed amount. */
    static final CsvLayout UK = CsvLayout.signedAmount(',', "Date", "dd/MM/yyyy", "Value", '.', "Description");

    /** The US bank's export: month first, a reference and a currency column. */
    static final CsvLayout US = new CsvLayout("UTF-8", ',', true, 0, "Posting Date", "MM/dd/yyyy", null,
            "Amount", null, null, '.', "Description", "Reference Number", "Currency");

    private CsvLayouts() {
    }
}
