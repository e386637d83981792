package org.banksync.application.category;

import jakarta.inject.Inject;
import org.banksync.application.category.port.in.CreateCategoryCommand;
import org.banksync.application.category.port.in.CreateCategoryUseCase;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.UseCase;
import org.banksync.domain.category.TransactionCategory;
import org.banksync.domain.shared.DomainViolation;

/** Creates a manual category under an existing parent, or at the root. */
@UseCase
public class CreateCategoryService implements CreateCategoryUseCase {

    private CategoryRepository categories;

    protected CreateCategoryService() {
        // for the CDI proxy
    }

    @Inject
    public CreateCategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public TransactionCategory create(CreateCategoryCommand command) {
        if (command.parentId() != null && !categories.exists(command.parentId())) {
            throw new DomainViolation("parentId", "there is no category " + command.parentId());
        }
        TransactionCategory category = TransactionCategory.createManual(command.names(), command.parentId(),
                command.direction());
        categories.save(category);
        return category;
    }
}
