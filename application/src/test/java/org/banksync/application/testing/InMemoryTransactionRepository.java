package org.banksync.application.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.application.transaction.port.in.TransactionTotals;
import org.banksync.application.transaction.port.out.TransactionRepository;
import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.ExternalRef;
import org.banksync.domain.shared.Money;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.CategorySource;
import org.banksync.domain.transaction.TransactionId;
import org.banksync.domain.transaction.TransactionSource;

/** Transactions in a map, filtered and paged the way the port promises. */
public class InMemoryTransactionRepository implements TransactionRepository {

    private final Map<TransactionId, BankTransaction> transactions = new ConcurrentHashMap<>();

    public List<BankTransaction> all() {
        return List.copyOf(transactions.values());
    }

    @Override
    public Optional<BankTransaction> findById(TransactionId id) {
        return Optional.ofNullable(transactions.get(id));
    }

    @Override
    public Optional<BankTransaction> findByKey(BankAccountId bankAccountId, TransactionSource source,
            ExternalRef externalId) {
        return transactions.values().stream()
                .filter(t -> t.bankAccountId().equals(bankAccountId) && t.source() == source
                        && t.externalId().equals(externalId))
                .findFirst();
    }

    @Override
    public Page<BankTransaction> findPage(TransactionFilter filter, PageRequest page) {
        List<BankTransaction> selected = transactions.values().stream().filter(t -> matches(filter, t)).toList();
        if (filter.updatedSince() == null) {
            // newest first: booking date descending, then id descending
            Function<BankTransaction, String> newestFirst = t -> String.format("%08d", 99_999_999L - t.bookingDate().toEpochDay())
                    + InMemoryPages.descending(t.id().toString());
            return InMemoryPages.page(selected, newestFirst, page, "transactions-newest-first");
        }
        Function<BankTransaction, String> byUpdate = t -> String.format("%019d%09d", t.updatedAt().getEpochSecond(),
                t.updatedAt().getNano()) + t.id();
        return InMemoryPages.page(selected, byUpdate, page, "transactions-by-update");
    }

    @Override
    public TransactionTotals sumAmounts(TransactionFilter filter) {
        List<BankTransaction> selected = transactions.values().stream().filter(t -> matches(filter, t)).toList();
        Map<CurrencyCode, BigDecimal> sums = new TreeMap<>(Comparator.comparing(CurrencyCode::code));
        selected.forEach(t -> sums.merge(t.amount().currency(), t.amount().amount(), BigDecimal::add));
        return new TransactionTotals(selected.size(),
                sums.entrySet().stream().map(sum -> new Money(sum.getValue(), sum.getKey())).toList());
    }

    @Override
    public boolean existsForAccount(BankAccountId bankAccountId) {
        return transactions.values().stream().anyMatch(t -> t.bankAccountId().equals(bankAccountId));
    }

    @Override
    public void save(BankTransaction transaction) {
        transactions.put(transaction.id(), transaction);
    }

    /** What the category repository's reassignment does to the rows. */
    int reassign(CategoryId from, CategoryId to, Instant at) {
        List<BankTransaction> using = transactions.values().stream().filter(t -> from.equals(t.categoryId())).toList();
        using.forEach(t -> save(BankTransaction.reconstitute(t.id(), t.bankAccountId(), t.source(), t.externalId(),
                t.bookingDate(), t.valueDate(), t.amount(), t.description(), t.rawDescription(), t.operationType(),
                t.providerCategoryExternalId(), to, CategorySource.USER, t.status(), t.tombstone(),
                t.sourceUpdatedAt(), at)));
        return using.size();
    }

    boolean uses(CategoryId categoryId) {
        return transactions.values().stream().anyMatch(t -> categoryId.equals(t.categoryId()));
    }

    private static boolean matches(TransactionFilter f, BankTransaction t) {
        return (f.includeDeleted() || t.isLive())
                && (f.bankAccountId() == null || f.bankAccountId().equals(t.bankAccountId()))
                && (f.from() == null || !t.bookingDate().isBefore(f.from()))
                && (f.to() == null || !t.bookingDate().isAfter(f.to()))
                && (f.minAmount() == null || t.amount().amount().compareTo(f.minAmount()) >= 0)
                && (f.maxAmount() == null || t.amount().amount().compareTo(f.maxAmount()) <= 0)
                && (f.categoryId() == null || f.categoryId().equals(t.categoryId()))
                && (f.status() == null || f.status() == t.status())
                && (f.q() == null || contains(t.description(), f.q()) || contains(t.rawDescription(), f.q()))
                && (f.updatedSince() == null || !t.updatedAt().isBefore(f.updatedSince()));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
