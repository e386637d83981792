package org.banksync.application.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list and the opaque cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
