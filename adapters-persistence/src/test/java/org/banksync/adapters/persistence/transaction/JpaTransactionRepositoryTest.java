package org.banksync.adapters.persistence.transaction;

import org.banksync.adapters.persistence.testing.Jpa;
import org.banksync.adapters.persistence.testing.Ports;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;
import org.banksync.application.transaction.port.in.TransactionFilter;
import org.banksync.domain.transaction.BankTransaction;
import org.banksync.domain.transaction.TransactionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The transaction contract on PostgreSQL, plus what comes from PostgreSQL keeping instants to the microsecond (the JDK clock gives nanoseconds). */
@DisplayName("JpaTransactionRepository keeps the transaction repository contract on PostgreSQL")
class JpaTransactionRepositoryTest extends TransactionRepositoryContract {

    JpaTransactionRepositoryTest() {
        super(Ports.jpa());
    }

    @Test
    @DisplayName("rows changed at instants finer than PostgreSQL's microsecond page by update without a miss,"
            + " even in the unit of work that wrote them and still holds the finer instants")
    void pagesByUpdateWithinTheWritingUnitOfWork() {
        Instant since = Instant.parse("2026-11-26T03:00:00.123456Z");
        TransactionFilter filter = ofAccount(account).updatedSince(since).build();

        List<TransactionId> served = Jpa.inTransaction(em -> {
            JpaTransactionRepository repository = new JpaTransactionRepository(em, ports.clock);
            for (int i = 1; i <= 3; i++) {
                ports.clock.set(since.plusNanos(100L * i));
                repository.save(BankTransaction.record(account.id(), row("nano-" + i, "2024-11-25").build(), null,
                        ports.clock));
            }
            List<TransactionId> ids = new ArrayList<>();
            Page<BankTransaction> page = repository.findPage(filter, PageRequest.first(1));
            ids.addAll(ids(page.items()));
            while (page.hasNext()) {
                page = repository.findPage(filter, PageRequest.of(1, page.nextCursor()));
                ids.addAll(ids(page.items()));
            }
            return ids;
        });

        assertThat(served).hasSize(3).doesNotHaveDuplicates();
        assertThat(transactions.findById(served.get(0)).orElseThrow().updatedAt()).isEqualTo(since);
    }
}
