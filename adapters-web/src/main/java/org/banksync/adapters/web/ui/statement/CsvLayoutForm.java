package org.banksync.adapters.web.ui.statement;

import org.banksync.application.statement.CsvLayout;

import java.io.Serializable;

/** The CSV layout fields of the import form, as the user types them; prefilled from the account's saved layout. */
public class CsvLayoutForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String encoding = "UTF-8";
    private String delimiter = ";";
    private boolean header = true;
    private int skipLines;
    private String dateColumn;
    private String dateFormat = "dd/MM/yyyy";
    private String valueDateColumn;
    private String amountMode = "signed";
    private String amountColumn;
    private String debitColumn;
    private String creditColumn;
    private String decimalSeparator = ",";
    private String descriptionColumn;
    private String referenceColumn;

    void fill(CsvLayout layout) {
        encoding = layout.encoding();
        delimiter = layout.delimiter() == '\t' ? "tab" : String.valueOf(layout.delimiter());
        header = layout.header();
        skipLines = layout.skipLines();
        dateColumn = layout.dateColumn();
        dateFormat = layout.dateFormat();
        valueDateColumn = layout.valueDateColumn();
        amountMode = layout.splitAmount() ? "split" : "signed";
        amountColumn = layout.amountColumn();
        debitColumn = layout.debitColumn();
        creditColumn = layout.creditColumn();
        decimalSeparator = String.valueOf(layout.decimalSeparator());
        descriptionColumn = layout.descriptionColumn();
        referenceColumn = layout.referenceColumn();
    }

    /** The layout, refused by the core (DomainViolation naming the field) when incomplete. */
    CsvLayout toLayout() {
        boolean split = "split".equals(amountMode);
        return new CsvLayout(encoding, "tab".equals(delimiter) ? '\t' : first(delimiter, ';'), header, skipLines, dateColumn,
                dateFormat, valueDateColumn, split ? null : amountColumn, split ? debitColumn : null, split ? creditColumn : null,
                first(decimalSeparator, ','), descriptionColumn, referenceColumn, null);
    }

    private static char first(String value, char fallback) {
        return value == null || value.isEmpty() ? fallback : value.charAt(0);
    }

    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getDelimiter() { return delimiter; }
    public void setDelimiter(String delimiter) { this.delimiter = delimiter; }
    public boolean isHeader() { return header; }
    public void setHeader(boolean header) { this.header = header; }
    public int getSkipLines() { return skipLines; }
    public void setSkipLines(int skipLines) { this.skipLines = skipLines; }
    public String getDateColumn() { return dateColumn; }
    public void setDateColumn(String dateColumn) { this.dateColumn = dateColumn; }
    public String getDateFormat() { return dateFormat; }
    public void setDateFormat(String dateFormat) { this.dateFormat = dateFormat; }
    public String getValueDateColumn() { return valueDateColumn; }
    public void setValueDateColumn(String valueDateColumn) { this.valueDateColumn = valueDateColumn; }
    public String getAmountMode() { return amountMode; }
    public void setAmountMode(String amountMode) { this.amountMode = amountMode; }
    public String getAmountColumn() { return amountColumn; }
    public void setAmountColumn(String amountColumn) { this.amountColumn = amountColumn; }
    public String getDebitColumn() { return debitColumn; }
    public void setDebitColumn(String debitColumn) { this.debitColumn = debitColumn; }
    public String getCreditColumn() { return creditColumn; }
    public void setCreditColumn(String creditColumn) { this.creditColumn = creditColumn; }
    public String getDecimalSeparator() { return decimalSeparator; }
    public void setDecimalSeparator(String decimalSeparator) { this.decimalSeparator = decimalSeparator; }
    public String getDescriptionColumn() { return descriptionColumn; }
    public void setDescriptionColumn(String descriptionColumn) { this.descriptionColumn = descriptionColumn; }
    public String getReferenceColumn() { return referenceColumn; }
    public void setReferenceColumn(String referenceColumn) { this.referenceColumn = referenceColumn; }
}
