package org.banksync.adapters.web.api.shared;

import java.util.List;

/** Every list answer: the items and the cursor of the next page, null on the last one. */
public record ListEnvelope<T>(List<T> items, String nextCursor) {
}
