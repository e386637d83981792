package org.banksync.application.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.banksync.application.shared.Page;
import org.banksync.application.shared.PageRequest;

/** Keyset paging over a collection: the cursor is the (encoded) sort key of the last item handed out. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    /** {@code key} must sort the items as strings and be unique (end it with the id). */
    static <T> Page<T> page(Collection<T> items, Function<T, String> key, PageRequest request) {
        String after = request.cursor() == null ? null : decode(request.cursor());
        List<T> remaining = items.stream()
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .sorted(Comparator.comparing(key))
                .toList();
        if (remaining.size() <= request.limit()) {
            return new Page<>(remaining, null);
        }
        List<T> page = remaining.subList(0, request.limit());
        return new Page<>(page, encode(key.apply(page.get(page.size() - 1))));
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
