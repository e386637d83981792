/** What the statement import keeps: each bank account's CSV layout, in {@code bank_account.csv_mapping}. */
package org.banksync.adapters.persistence.statement;
