package org.banksync.application.transaction;

import jakarta.inject.Inject;
import java.time.Clock;
import org.banksync.application.category.port.out.CategoryRepository;
import org.banksync.application.shared.NotFound;
import org.banksync.application.shared.UseCase;
import org.banksync.application.transaction.port.in.CategorizeTransactionCommand;
import org.banksync.application.transaction.port.in.CategorizeTransactionUseCase;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.domain.transaction.BankTransaction;

/** Sets the user's category on a live transaction. */
@UseCase
public class CategorizeTransactionService implements CategorizeTransactionUseCase {

    private TransactionRepository transactions;
    private CategoryRepository categories;
    private Clock clock;

    protected CategorizeTransactionService() {
        // for the CDI proxy
    }

    @Inject
    public CategorizeTransactionService(TransactionRepository transactions, CategoryRepository categories, Clock clock) {
        this.transactions = transactions;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public BankTransaction categorize(CategorizeTransactionCommand command) {
        BankTransaction transaction = transactions.findById(command.transactionId())
                .orElseThrow(() -> new NotFound("transaction", command.transactionId()));
        if (!categories.exists(command.categoryId())) {
            throw new DomainViolation("categoryId", "there is no category " + command.categoryId());
        }
        transaction.assignCategoryByUser(command.categoryId(), clock);
        transactions.save(transaction);
        return transaction;
    }
}
