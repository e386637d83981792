package org.banksync.adapters.web.ui.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.application.category.port.in.FindCategoriesQuery;
import org.banksync.domain.category.CategoryOrigin;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Backs the categories screen: the tree flattened in display order, each row with its depth. */
@Named
@RequestScoped
public class CategoriesPage {

    private FindCategoriesQuery find;
    private List<CategoryRow> rows;

    protected CategoriesPage() {
    }

    @Inject
    public CategoriesPage(FindCategoriesQuery find) {
        this.find = find;
    }

    public List<CategoryRow> getRows() {
        if (rows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            CategoryTree tree = find.tree();
            rows = new ArrayList<>();
            tree.roots().stream().sorted(byName(locale)).forEach(root -> walk(tree, root, 0, locale));
        }
        return rows;
    }

    private void walk(CategoryTree tree, TransactionCategory category, int depth, Locale locale) {
        rows.add(new CategoryRow(category.id().toString(), category.names().in(locale), depth,
                category.origin() == CategoryOrigin.IMPORTED,
                category.providerRef() == null ? "" : category.providerRef().provider().wireName()));
        tree.childrenOf(category.id()).stream().sorted(byName(locale)).forEach(child -> walk(tree, child, depth + 1, locale));
    }

    private static Comparator<TransactionCategory> byName(Locale locale) {
        return Comparator.comparing(category -> category.names().in(locale).toLowerCase(locale));
    }

    /** One line of the tree. */
    public record CategoryRow(String id, String name, int depth, boolean imported, String provider) {
    }
}
