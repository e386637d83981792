package org.banksync.adapters.persistence.transaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.banksync.adapters.persistence.shared.KeysetCursor;
import org.banksync.adapters.persistence.shared.KeysetPages;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL of one page of a transaction list. Newest first, (booking date desc, id desc), for people reading
 * the list; (updated at, id) for mirrors asking {@code updatedSince}, so a row that changes while they page comes
 * again after the rows they have already read. Only present criteria become conditions, and each keyset starts
 * with a plain range on the leading index column, so the list indexes of V1 serve both orders.
 */
final class TransactionListQuery {

    private static final String NEWEST_FIRST = "d";
    private static final String BY_UPDATE = "u";
    private static final char LIKE_ESCAPE = '\\';

    private final boolean byUpdate;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    TransactionListQuery(TransactionFilter filter, PageRequest page) {
        this(filter);
        if (!page.isFirst()) {
            after(page.cursor());
        }
    }

    /** The filter's conditions alone, for totals over every row it selects. */
    TransactionListQuery(TransactionFilter filter) {
        byUpdate = filter.updatedSince() != null;
        if (!filter.includeDeleted()) {
            conditions.add("t.deletedAt is null");
        }
        where("t.bankAccountId = :account", "account", filter.bankAccountId() == null ? null : filter.bankAccountId().value());
        where("t.bookingDate >= :from", "from", filter.from());
        where("t.bookingDate <= :to", "to", filter.to());
        where("t.amount >= :minAmount", "minAmount", filter.minAmount());
        where("t.amount <= :maxAmount", "maxAmount", filter.maxAmount());
        where("t.categoryId = :category", "category", filter.categoryId() == null ? null : filter.categoryId().value());
        where("t.status = :status", "status", filter.status() == null ? null : filter.status().name());
        where("(lower(t.description) like lower(:q) escape '" + LIKE_ESCAPE + "'"
                + " or lower(t.rawDescription) like lower(:q) escape '" + LIKE_ESCAPE + "')",
                "q", filter.q() == null ? null : "%" + escapeLike(filter.q()) + "%");
        where("t.updatedAt >= :since", "since", filter.updatedSince());
    }

    TypedQuery<BankTransactionEntity> create(EntityManager entityManager, int maxResults) {
        String order = byUpdate ? " order by t.updatedAt, t.id" : " order by t.bookingDate desc, t.id desc";
        TypedQuery<BankTransactionEntity> query = entityManager.createQuery(
                "select t from BankTransactionEntity t" + where() + order, BankTransactionEntity.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(maxResults);
    }

    /** Per currency: the currency, the number of rows and the sum of their amounts (numeric, so exact). */
    TypedQuery<Object[]> totals(EntityManager entityManager) {
        TypedQuery<Object[]> query = entityManager.createQuery("select t.currency, count(t), sum(t.amount)"
                + " from BankTransactionEntity t" + where() + " group by t.currency", Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The cursor of the page that follows this row, naming the order it belongs to. */
    String cursorAfter(BankTransactionEntity last) {
        return byUpdate ? KeysetCursor.encode(BY_UPDATE, last.updatedAt.toString(), last.id.toString())
                : KeysetCursor.encode(NEWEST_FIRST, last.bookingDate.toString(), last.id.toString());
    }

    private void after(String cursor) {
        List<String> keys = KeysetCursor.decode(cursor, 3);
        if (!keys.get(0).equals(byUpdate ? BY_UPDATE : NEWEST_FIRST)) {
            throw KeysetCursor.invalid();
        }
        parameters.put("afterId", KeysetPages.uuidKey(keys.get(2)));
        if (byUpdate) {
            conditions.add("t.updatedAt >= :afterUpdated and (t.updatedAt > :afterUpdated or t.id > :afterId)");
            parameters.put("afterUpdated", KeysetPages.instantKey(keys.get(1)));
        } else {
            conditions.add("t.bookingDate <= :afterDate and (t.bookingDate < :afterDate or t.id < :afterId)");
            parameters.put("afterDate", KeysetPages.dateKey(keys.get(1)));
        }
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /** The text as a LIKE pattern that matches it literally: its % and _ are not wildcards. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
