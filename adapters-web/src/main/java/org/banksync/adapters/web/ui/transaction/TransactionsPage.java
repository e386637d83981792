package org.banksync.adapters.web.ui.transaction;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.DisplayClock;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.ui.Option;
import org.banksync.adapters.web.ui.category.CategoryChoices;
import org.banksync.application.account.port.in.BankAccountFilter;
import org.banksync.application.account.port.in.FindBankAccountsQuery;
import org.banksync.application.category.port.in.FindCategoriesQuery;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.CategorizeTransactionCommand;
import org.banksync.application.transaction.port.in.CategorizeTransactionUseCase;
import org.banksync.application.transaction.port.in.FindTransactionsQuery;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionStatus;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs the Bank transactions screen: the filters, the lazy list with the count and sums of what they
 * select, the category changed in place, and the CSV export of the filtered list.
 */
@Named
@ViewScoped
public class TransactionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "transactions:table";

    private FindTransactionsQuery find;
    private FindBankAccountsQuery accounts;
    private FindCategoriesQuery categories;
    private CategorizeTransactionUseCase categorize;
    private DisplayClock clock;

    private final TransactionSearch search = new TransactionSearch();
    private List<Option> accountOptions;
    private List<Option> categoryOptions;
    private TransactionRows rows;
    private TransactionPages pages;
    private long count;
    private List<Sum> sums = List.of();
    private String editingId;
    private String chosenCategoryId;

    protected TransactionsPage() {
    }

    @Inject
    public TransactionsPage(FindTransactionsQuery find, FindBankAccountsQuery accounts, FindCategoriesQuery categories,
                            CategorizeTransactionUseCase categorize, DisplayClock clock) {
        this.find = find;
        this.accounts = accounts;
        this.categories = categories;
        this.categorize = categorize;
        this.clock = clock;
    }

    /** f:viewAction: the names for the rows, then the first search (with the account of the link, if any). */
    public void open() {
        if (pages != null) {
            return;
        }
        accountOptions = accounts.list(BankAccountFilter.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(account -> new Option(account.id().toString(), account.name())).toList();
        categoryOptions = CategoryChoices.of(categories.tree(), locale());
        rows = new TransactionRows(names(accountOptions), names(categoryOptions));
        pages = new TransactionPages(find, rows);
        search();
    }

    public void search() {
        try {
            TransactionFilter filter = search.toFilter();
            TransactionTotals totals = find.sumAmounts(filter);
            count = totals.count();
            sums = totals.sums().stream().map(sum -> new Sum(sum.amount(), sum.currency().code())).toList();
            pages.show(search, count);
            editingId = null;
            DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
            if (table != null) {
                table.setFirst(0);
            }
        } catch (DomainViolation violation) {
            FacesMessages.violation("transactions", violation);
        }
    }

    public void clear() {
        search.setFrom(null);
        search.setTo(null);
        search.setMinAmount(null);
        search.setMaxAmount(null);
        search.setCategoryId(null);
        search.setStatus(null);
        search.setText(null);
        search.setAccountId(null);
        search();
    }

    public void edit(TransactionRow row) {
        editingId = row.getId();
        chosenCategoryId = row.getCategoryId();
    }

    public void cancelEdit() {
        editingId = null;
    }

    /** The user's category: stored at once, and no later synchronisation changes it. */
    public void saveCategory(TransactionRow row) {
        if (chosenCategoryId == null || chosenCategoryId.isBlank()) {
            FacesMessages.error(null, FacesMessages.text("transactions.chooseCategory"));
            return;
        }
        try {
            categorize.categorize(new CategorizeTransactionCommand(TransactionId.parse(row.getId()), CategoryId.parse(chosenCategoryId)));
            row.categorizedByUser(chosenCategoryId, rows.categoryName(chosenCategoryId));
            FacesMessages.info("transactions.categorized", row.getCategoryName());
            editingId = null;
        } catch (DomainViolation | NotFound refused) {
            FacesMessages.error(null, refused.getMessage());
        }
    }

    /** The filtered list (as last searched) as a CSV download, written page by page while it downloads. */
    public StreamedContent getCsv() {
        Locale locale = locale();
        TransactionCsv csv = new TransactionCsv(find, rows, locale, List.of(FacesMessages.text("transactions.date"),
                FacesMessages.text("transactions.valueDate"), FacesMessages.text("transactions.account"),
                FacesMessages.text("transactions.description"), FacesMessages.text("transactions.amount"),
                FacesMessages.text("transactions.currency"), FacesMessages.text("transactions.category"),
                FacesMessages.text("transactions.status")), Map.of(TransactionStatus.PENDING.name(), FacesMessages.text("status.PENDING"),
                TransactionStatus.BOOKED.name(), FacesMessages.text("status.BOOKED")));
        TransactionFilter filter = pages.filter();
        return DefaultStreamedContent.builder()
                .name("transactions-" + LocalDate.ofInstant(clock.now(), clock.zone()) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> csv.write(filter, out))
                .build();
    }

    private static Map<String, String> names(List<Option> options) {
        return options.stream().collect(Collectors.toMap(Option::value, Option::label, (first, second) -> first));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public TransactionSearch getSearch() {
        return search;
    }

    public TransactionPages getPages() {
        return pages;
    }

    public long getCount() {
        return count;
    }

    public List<Sum> getSums() {
        return sums;
    }

    public List<Option> getAccountOptions() {
        return accountOptions;
    }

    public List<Option> getCategoryOptions() {
        return categoryOptions;
    }

    public TransactionStatus[] getStatuses() {
        return TransactionStatus.values();
    }

    public String getEditingId() {
        return editingId;
    }

    public String getChosenCategoryId() {
        return chosenCategoryId;
    }

    public void setChosenCategoryId(String chosenCategoryId) {
        this.chosenCategoryId = chosenCategoryId;
    }

    /** The sum of the selected amounts in one currency. */
    public record Sum(BigDecimal amount, String currency) implements Serializable {
    }
}
