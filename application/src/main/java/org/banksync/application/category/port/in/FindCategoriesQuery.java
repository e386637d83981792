package org.banksync.application.category.port.in;

import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.category.CategoryTree;
import org.banksync.domain.category.TransactionCategory;

/** Lists the categories, reads one, or reads the whole tree. */
public interface FindCategoriesQuery {

    Page<TransactionCategory> list(PageRequest page);

    /** @throws org.banksync.application.shared.NotFound when there is no such category */
    TransactionCategory get(CategoryId id);

    CategoryTree tree();
}
