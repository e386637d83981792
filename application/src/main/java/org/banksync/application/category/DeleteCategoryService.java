package org.banksync.application.category;

import jakarta.inject.Inject;
import java.time.Clock;
import org.banksync.application.category.port.in.DeleteCategoryCommand;
import org.banksync.application.category.port.in.DeleteCategoryUseCase;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.Conflict;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.DomainViolation;

/** Deletes a leaf category, first moving the transactions that use it to the replacement the user named. */
@UseCase
public class DeleteCategoryService implements DeleteCategoryUseCase {

    private CategoryRepository categories;
    private Clock clock;

    protected DeleteCategoryService() {
        // for the CDI proxy
    }

    @Inject
    public DeleteCategoryService(CategoryRepository categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public TransactionCategory delete(DeleteCategoryCommand command) {
        TransactionCategory category = categories.findById(command.id())
                .orElseThrow(() -> new NotFound("category", command.id()));
        int children = CategoryTree.of(categories.findAll()).childrenOf(category.id()).size();
        if (children > 0) {
            throw new Conflict("category " + category.id() + " has " + children
                    + " sub-categories; move or delete them first");
        }
        if (command.replacementId() != null) {
            if (!categories.exists(command.replacementId())) {
                throw new DomainViolation("replacementId", "there is no category " + command.replacementId());
            }
            categories.reassignTransactions(category.id(), command.replacementId(), clock.instant());
        } else if (categories.isInUse(category.id())) {
            throw new Conflict("category " + category.id() + " is used by transactions; name a replacement category");
        }
        categories.delete(category.id());
        return category;
    }
}
