package org.banksync.adapters.persistence.transaction;

import org.banksync.domain.transaction.BankTransaction;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * {@code bank_transaction} rows over plain JDBC, for storage that works a page at a time. The translation to and
 * from the domain stays {@link BankTransactionMapper}'s: a row passes through a {@link BankTransactionEntity} that is
 * never managed. Every parameter is bound with the same SQL type whether it is null or not, so that the driver keeps
 * a whole batch in one statement (and rewrites a batch of inserts into multi-row inserts).
 */
public final class BankTransactionRows {

    private static final String SOURCE_COLUMNS = "booking_date, value_date, amount, currency, description,"
            + " raw_description, operation_type, provider_category_external_id";
    private static final String COLUMNS = "id, bank_account_id, source, external_id, " + SOURCE_COLUMNS
            + ", category_id, category_source, status, deleted_at, deleted_reason, replaced_by, source_updated_at, updated_at";

    /**
     * The account's rows of a source with any of the external ids, bound as one array. Written as one
     * probe of the unique key per id (a lateral subquery with LIMIT 1, which the planner cannot
     * flatten), whatever its statistics say: during a first import they lag far behind, and a scan
     * of the account's rows would make every page slower than the one before.
     */
    public static final String SELECT_BY_KEYS = "select t.* from unnest(?::varchar[]) as k(external_id) cross join lateral"
            + " (select " + COLUMNS + " from bank_transaction where bank_account_id = ? and source = ?"
            + " and external_id = k.external_id limit 1) t";

    public static final String INSERT = "insert into bank_transaction (" + COLUMNS + ", created_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /**
     * A whole page in one statement: each column travels as one text array, cast in SQL, so the
     * statement is the same for every page (one plan) whatever the driver's batching settings, and
     * amounts arrive as their exact decimal text. Column order is {@link #COLUMNS}, then created_at.
     */
    public static final String INSERT_PAGE = "insert into bank_transaction (" + COLUMNS + ", created_at, version)"
            + " select u.id::uuid, u.account::uuid, u.source, u.external_id, u.booking_date::date, u.value_date::date,"
            + " u.amount::numeric, u.currency, u.description, u.raw_description, u.operation_type, u.provider_category,"
            + " u.category_id::uuid, u.category_source, u.status, u.deleted_at::timestamptz, u.deleted_reason,"
            + " u.replaced_by::uuid, u.source_updated_at::timestamptz, u.updated_at::timestamptz, ?::timestamptz, 0"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]) as u(id, account, source, external_id, booking_date, value_date, amount, currency, description,"
            + " raw_description, operation_type, provider_category, category_id, category_source, status, deleted_at,"
            + " deleted_reason, replaced_by, source_updated_at, updated_at)";

    /**
     * Updates what a source may change. Who set the category is re-checked on the row as it is now, not as it was
     * read: a category a user (or a rule) set while the page was in flight is never replaced by the provider's.
     */
    public static final String UPDATE = """
            update bank_transaction
               set booking_date = ?, value_date = ?, amount = ?, currency = ?, description = ?, raw_description = ?,
                   operation_type = ?, provider_category_external_id = ?,
                   category_id = case when category_source = 'USER' or (category_source = 'RULE' and ? is distinct from 'USER')
                                      then category_id else ? end,
                   category_source = case when category_source = 'USER' or (category_source = 'RULE' and ? is distinct from 'USER')
                                          then category_source else ? end,
                   status = ?, deleted_at = ?, deleted_reason = ?, replaced_by = ?, source_updated_at = ?, updated_at = ?,
                   version = version + 1
             where id = ?""";

    public static final String MAX_SOURCE_UPDATED_AT = "select max(source_updated_at) as watermark from bank_transaction"
            + " where bank_account_id = ? and source = ?";

    private BankTransactionRows() {
    }

    /** The transaction in the current row of a result of {@link #SELECT_BY_KEYS}. */
    public static BankTransaction read(ResultSet result) throws SQLException {
        BankTransactionEntity row = new BankTransactionEntity();
        row.id = result.getObject("id", UUID.class);
        row.bankAccountId = result.getObject("bank_account_id", UUID.class);
        row.source = result.getString("source");
        row.externalId = result.getString("external_id");
        row.bookingDate = result.getObject("booking_date", LocalDate.class);
        row.valueDate = result.getObject("value_date", LocalDate.class);
        row.amount = result.getBigDecimal("amount");
        row.currency = result.getString("currency");
        row.description = result.getString("description");
        row.rawDescription = result.getString("raw_description");
        row.operationType = result.getString("operation_type");
        row.providerCategoryExternalId = result.getString("provider_category_external_id");
        row.categoryId = result.getObject("category_id", UUID.class);
        row.categorySource = result.getString("category_source");
        row.status = result.getString("status");
        row.deletedAt = instant(result, "deleted_at");
        row.deletedReason = result.getString("deleted_reason");
        row.replacedBy = result.getObject("replaced_by", UUID.class);
        row.sourceUpdatedAt = instant(result, "source_updated_at");
        row.updatedAt = instant(result, "updated_at");
        return BankTransactionMapper.toDomain(row);
    }

    /** Binds a new transaction to {@link #INSERT}, created at {@code createdAt}. */
    public static void bindInsert(PreparedStatement statement, BankTransaction transaction, Instant createdAt)
            throws SQLException {
        BankTransactionEntity row = entityOf(transaction);
        uuid(statement, 1, row.id);
        uuid(statement, 2, row.bankAccountId);
        statement.setString(3, row.source);
        statement.setString(4, row.externalId);
        int next = bindSourceFields(statement, 5, row);
        uuid(statement, next, row.categoryId);
        statement.setString(next + 1, row.categorySource);
        next = bindLifecycle(statement, next + 2, row);
        instant(statement, next, createdAt);
    }

    /** The page's rows as the {@link #INSERT_PAGE} columns: one text array per column, in column order. */
    public static String[][] columnsOf(java.util.List<BankTransaction> transactions) {
        String[][] columns = new String[20][transactions.size()];
        for (int i = 0; i < transactions.size(); i++) {
            BankTransactionEntity row = entityOf(transactions.get(i));
            Object[] values = {row.id, row.bankAccountId, row.source, row.externalId, row.bookingDate, row.valueDate,
                    row.amount == null ? null : row.amount.toPlainString(), row.currency, row.description, row.rawDescription,
                    row.operationType, row.providerCategoryExternalId, row.categoryId, row.categorySource, row.status,
                    row.deletedAt, row.deletedReason, row.replacedBy, row.sourceUpdatedAt, row.updatedAt};
            for (int column = 0; column < values.length; column++) {
                columns[column][i] = values[column] == null ? null : values[column].toString();
            }
        }
        return columns;
    }

    /** Binds a changed transaction to {@link #UPDATE}. */
    public static void bindUpdate(PreparedStatement statement, BankTransaction transaction) throws SQLException {
        BankTransactionEntity row = entityOf(transaction);
        int next = bindSourceFields(statement, 1, row);
        statement.setString(next, row.categorySource);
        uuid(statement, next + 1, row.categoryId);
        statement.setString(next + 2, row.categorySource);
        statement.setString(next + 3, row.categorySource);
        next = bindLifecycle(statement, next + 4, row);
        uuid(statement, next, row.id);
    }

    private static BankTransactionEntity entityOf(BankTransaction transaction) {
        BankTransactionEntity row = new BankTransactionEntity();
        BankTransactionMapper.copy(transaction, row);
        return row;
    }

    /** The columns of {@code SOURCE_COLUMNS} from {@code first} on; answers the next index. */
    private static int bindSourceFields(PreparedStatement statement, int first, BankTransactionEntity row)
            throws SQLException {
        date(statement, first, row.bookingDate);
        date(statement, first + 1, row.valueDate);
        statement.setBigDecimal(first + 2, row.amount);
        statement.setString(first + 3, row.currency);
        statement.setString(first + 4, row.description);
        statement.setString(first + 5, row.rawDescription);
        statement.setString(first + 6, row.operationType);
        statement.setString(first + 7, row.providerCategoryExternalId);
        return first + 8;
    }

    /** Status, tombstone and update times from {@code first} on; answers the next index. */
    private static int bindLifecycle(PreparedStatement statement, int first, BankTransactionEntity row)
            throws SQLException {
        statement.setString(first, row.status);
        instant(statement, first + 1, row.deletedAt);
        statement.setString(first + 2, row.deletedReason);
        uuid(statement, first + 3, row.replacedBy);
        instant(statement, first + 4, row.sourceUpdatedAt);
        instant(statement, first + 5, row.updatedAt);
        return first + 6;
    }

    private static void uuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    private static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value, Types.DATE);
    }

    private static void instant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, value == null ? null : value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    public static Instant instant(ResultSet result, String column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
