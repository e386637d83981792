package org.banksync.application.sync.port.in;

import java.time.LocalDate;

/** The daily synchronisation: once per day cluster-wide, a run is queued for every linked account. */
public interface ScheduleDailySyncUseCase {

    /** Queues the day's runs if no instance has yet; answers how many were queued (0 when already done). */
    int scheduleDay(LocalDate day, String instance);
}
