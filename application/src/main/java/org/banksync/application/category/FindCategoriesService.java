package org.banksync.application.category;

import jakarta.inject.Inject;
import org.banksync.application.category.port.in.FindCategoriesQuery;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;

/** Reads categories. */
@UseCase
public class FindCategoriesService implements FindCategoriesQuery {

    private CategoryRepository categories;

    protected FindCategoriesService() {
        // for the CDI proxy
    }

    @Inject
    public FindCategoriesService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public Page<TransactionCategory> list(PageRequest page) {
        return categories.findPage(page);
    }

    @Override
    public TransactionCategory get(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> new NotFound("category", id));
    }

    @Override
    public CategoryTree tree() {
        return CategoryTree.of(categories.findAll());
    }
}
