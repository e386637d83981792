package org.banksync.application.sync;

import org.banksync.domain.account.BankAccountId;
import org.banksync.domain.account.ProviderAccountRef;
import org.banksync.domain.category.CategoryId;
import org.banksync.domain.company.CompanyCode;
import org.banksync.domain.connection.Provider;
import org.banksync.domain.sync.SyncRunId;
import org.banksync.domain.transaction.TransactionSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a run reads and where it stores it, fixed when the run begins: the provider account, the
 * window ({@code minDate}, and {@code updatedSince} = watermark - 1 h after the first run), where
 * to resume, and the provider's category ids resolved to Banksync's.
 */
public record SyncPlan(SyncRunId runId, BankAccountId bankAccountId, CompanyCode company, Provider provider,
                       ProviderAccountRef providerAccount, String itemId, LocalDate minDate, Instant updatedSince,
                       String resumePoint, Map<String, CategoryId> categories) {

    public SyncPlan {
        categories = Map.copyOf(categories);
    }

    public TransactionSource source() {
        return TransactionSource.of(provider);
    }
}
