package org.banksync.adapters.plaid.testing;

import org.banksync.adapters.plaid.http.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records each wait instead of waiting, and moves the test clocks by it, as time would have passed. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Consumer<Duration> timePasses;

    public RecordingSleeper(Consumer<Duration> timePasses) {
        this.timePasses = timePasses;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        timePasses.accept(duration);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }

    public void clear() {
        waits.clear();
    }
}
