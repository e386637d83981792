package org.banksync.application.category;

import jakarta.inject.Inject;
import org.banksync.application.category.port.in.UpdateCategoryCommand;
import org.banksync.application.category.port.in.UpdateCategoryUseCase;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;

/** Updates a category; a move is checked against the whole tree so it never closes a cycle. */
@UseCase
public class UpdateCategoryService implements UpdateCategoryUseCase {

    private CategoryRepository categories;

    protected UpdateCategoryService() {
        // for the CDI proxy
    }

    @Inject
    public UpdateCategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public TransactionCategory update(UpdateCategoryCommand command) {
        TransactionCategory category = categories.findById(command.id())
                .orElseThrow(() -> new NotFound("category", command.id()));
        if (command.parentId() != null && !command.parentId().equals(category.parentId())) {
            CategoryTree.of(categories.findAll()).checkMove(category.id(), command.parentId());
        }
        category.rename(command.names());
        category.moveUnder(command.parentId());
        category.changeDirection(command.direction());
        categories.save(category);
        return category;
    }
}
