package org.banksync.sandbox.plaid.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The faults currently armed; each Plaid call consumes the ones matching its path. */
public final class FaultInjector {

    /** What happens to one call: a delay, then maybe one fault. */
    public record Decision(long latencyMs, Optional<Fault> fault) {
    }

    private record Armed(Fault fault, AtomicInteger remaining) {
        boolean consume() {
            return remaining.get() < 0 || remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
        }

        boolean spent() {
            return remaining.get() == 0;
        }
    }

    private final List<Armed> armed = new CopyOnWriteArrayList<>();

    public void add(Fault fault) {
        int times = fault.times() != null ? fault.times() : fault.kind() == Fault.Kind.LATENCY ? -1 : 1;
        armed.add(new Armed(fault, new AtomicInteger(times)));
    }

    public void clear() {
        armed.clear();
    }

    public List<Fault> active() {
        return armed.stream().filter(a -> !a.spent()).map(Armed::fault).toList();
    }

    /** Sums the latency faults that apply and takes the first other fault that applies. */
    public synchronized Decision decide(String path) {
        long latency = 0;
        Fault chosen = null;
        for (Armed candidate : armed) {
            if (!candidate.fault().appliesTo(path)) {
                continue;
            }
            boolean isLatency = candidate.fault().kind() == Fault.Kind.LATENCY;
            if ((isLatency || chosen == null) && candidate.consume()) {
                if (isLatency) {
                    latency += candidate.fault().latencyMs();
                } else {
                    chosen = candidate.fault();
                }
            }
        }
        armed.removeIf(Armed::spent);
        return new Decision(latency, Optional.ofNullable(chosen));
    }
}
