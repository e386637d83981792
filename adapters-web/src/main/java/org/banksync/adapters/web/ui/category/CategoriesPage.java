package org.banksync.adapters.web.ui.category;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.banksync.adapters.web.ui.FacesMessages;
import org.banksync.adapters.web.ui.Option;
import org.banksync.application.category.port.in.CreateCategoryUseCase;
import org.banksync.application.category.port.in.DeleteCategoryUseCase;
import org.banksync.application.category.port.in.FindCategoriesQuery;
import org.banksync.application.category.port.in.UpdateCategoryUseCase;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.domain.category.CashFlowDirection;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryOrigin;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.DomainViolation;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Backs the categories screen: the tree in display order (imported ones marked), adding, editing, and
 * deleting with a replacement for the transactions of a category in use.
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private FindCategoriesQuery find;
    private CreateCategoryUseCase create;
    private UpdateCategoryUseCase update;
    private DeleteCategoryUseCase delete;

    private List<CategoryRow> rows;
    private List<Option> choices;
    private CategoryForm form = CategoryForm.under(null);
    private CategoryDeletion deletion;

    protected CategoriesPage() {
    }

    @Inject
    public CategoriesPage(FindCategoriesQuery find, CreateCategoryUseCase create, UpdateCategoryUseCase update,
                          DeleteCategoryUseCase delete) {
        this.find = find;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    public List<CategoryRow> getRows() {
        if (rows == null) {
            Locale locale = locale();
            CategoryTree tree = find.tree();
            rows = new ArrayList<>();
            tree.roots().stream().sorted(byName(locale)).forEach(root -> walk(tree, root, 0, locale));
        }
        return rows;
    }

    /** Every category as a choice (parent of a new one, replacement of a deleted one). */
    public List<Option> getChoices() {
        if (choices == null) {
            choices = CategoryChoices.of(find.tree(), locale());
        }
        return choices;
    }

    public CashFlowDirection[] getDirections() {
        return CashFlowDirection.values();
    }

    public void startAdding(String parentId) {
        form = CategoryForm.under(parentId);
    }

    public void startEditing(String id) {
        try {
            form = CategoryForm.of(find.get(CategoryId.parse(id)));
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
            refresh();
        }
    }

    public void save() {
        try {
            TransactionCategory saved = form.isEditing() ? update.update(form.toUpdate()) : create.create(form.toCreate());
            FacesMessages.info(form.isEditing() ? "categories.updated" : "categories.added", saved.names().in(locale()));
            form = CategoryForm.under(null);
            refresh();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (DomainViolation violation) {
            FacesMessages.violation("categoryForm", violation);
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
        }
    }

    public void startDeleting(String id, String name) {
        deletion = new CategoryDeletion(id, name);
    }

    /** Deletes; when transactions use the category, asks for their replacement and keeps the dialog open. */
    public void confirmDeletion() {
        CategoryTree tree = find.tree();
        CategoryId id = CategoryId.parse(deletion.getId());
        if (!tree.childrenOf(id).isEmpty()) {
            FacesMessages.error(null, FacesMessages.text("categories.deleteParent", deletion.getName()));
            return;
        }
        try {
            delete.delete(deletion.toCommand());
            FacesMessages.info("categories.deleted", deletion.getName());
            deletion = null;
            refresh();
            PrimeFaces.current().ajax().addCallbackParam("deleted", true);
        } catch (Conflict inUse) {
            deletion.askForReplacement();
            FacesMessages.error(null, FacesMessages.text("categories.inUse", deletion.getName()));
        } catch (DomainViolation violation) {
            FacesMessages.violation("deleteForm", violation);
        } catch (NotFound gone) {
            FacesMessages.error(null, gone.getMessage());
            deletion = null;
            refresh();
        }
    }

    private void walk(CategoryTree tree, TransactionCategory category, int depth, Locale locale) {
        List<TransactionCategory> children = tree.childrenOf(category.id());
        rows.add(new CategoryRow(category.id().toString(), category.names().in(locale), depth,
                category.origin() == CategoryOrigin.IMPORTED,
                category.providerRef() == null ? "" : category.providerRef().provider().wireName(), !children.isEmpty()));
        children.stream().sorted(byName(locale)).forEach(child -> walk(tree, child, depth + 1, locale));
    }

    private void refresh() {
        rows = null;
        choices = null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static Comparator<TransactionCategory> byName(Locale locale) {
        return Comparator.comparing(category -> category.names().in(locale).toLowerCase(locale));
    }

    public CategoryForm getForm() {
        return form;
    }

    public CategoryDeletion getDeletion() {
        return deletion;
    }

    /** One line of the tree. */
    public record CategoryRow(String id, String name, int depth, boolean imported, String provider, boolean parent)
            implements Serializable {
    }
}
