package org.banksync.application.sync.port.in;

import org.banksync.domain.sync.SyncOutcome;
import org.banksync.domain.sync.SyncRunId;

import java.util.function.BooleanSupplier;

/**
 * Carries a claimed run out: reads the aggregator page by page and stores each page with the run's
 * progress and resume point in one transaction; not itself transactional.
 */
public interface RunSyncUseCase {

    /**
     * @param stillOwned asked between pages: renews the worker's lease and answers false when the
     *                   run was taken over by another worker, which stops this one
     */
    SyncOutcome run(SyncRunId run, BooleanSupplier stillOwned);
}
