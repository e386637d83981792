package org.banksync.application.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.banksync.application.shared.Page;
import org.banksync.domain.shared.DomainViolation;
import org.banksync.application.shared.PageRequest;

/** Keyset paging over a collection: the cursor is the (encoded) sort key of the last item handed out. */
final class InMemoryPages {

    private InMemoryPages() {
    }

    /**
     * {@code key} must sort the items as strings and be unique (end it with the id); {@code list}
     * names the list and its order, so that a cursor of another list is refused like the database's.
     */
    static <T> Page<T> page(Collection<T> items, Function<T, String> key, PageRequest request) {
        return page(items, key, request, "default");
    }

    static <T> Page<T> page(Collection<T> items, Function<T, String> key, PageRequest request, String list) {
        String after = request.cursor() == null ? null : decode(request.cursor(), list);
        List<T> remaining = items.stream()
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .sorted(Comparator.comparing(key))
                .toList();
        if (remaining.size() <= request.limit()) {
            return new Page<>(remaining, null);
        }
        List<T> page = remaining.subList(0, request.limit());
        return new Page<>(page, encode(list, key.apply(page.get(page.size() - 1))));
    }

    /** A string that sorts in the reverse order of {@code hex} (same length, hex digits and dashes). */
    static String descending(String hex) {
        StringBuilder reversed = new StringBuilder(hex.length());
        for (char c : hex.toCharArray()) {
            int digit = Character.digit(c, 16);
            reversed.append(digit < 0 ? c : Character.forDigit(15 - digit, 16));
        }
        return reversed.toString();
    }

    private static String encode(String list, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + SEPARATOR + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String list) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(list + SEPARATOR)) {
                throw invalid();
            }
            return decoded.substring(list.length() + 1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DomainViolation invalid() {
        return new DomainViolation("cursor", "the cursor is not one that this list issued; start again without it");
    }

    private static final char SEPARATOR = '\u001f';
}
