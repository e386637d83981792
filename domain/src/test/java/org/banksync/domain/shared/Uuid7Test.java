package org.banksync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banksync.domain.testing.Violations.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class Uuid7Test {

    @Test
    void isVersion7WithTheRfcVariant() {
        UUID id = Uuid7.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carriesTheCreationMillisecondInItsFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Uuid7.next();
        long after = System.currentTimeMillis();

        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 1);
    }

    @Test
    void idsMintedInARowSortInTheOrderTheyWereMinted() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(Uuid7.next());
        }

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void parse_acceptsTheCanonicalFormOnly() {
        UUID id = Uuid7.next();

        assertThat(Uuid7.parse(id.toString(), "id")).isEqualTo(id);
        assertThat(Uuid7.parse(id.toString().toUpperCase(), "id")).isEqualTo(id);
        assertRefused(() -> Uuid7.parse("1-1-1-1-1", "bankId"), "bankId");
        assertRefused(() -> Uuid7.parse("not-a-uuid", "bankId"), "bankId").hasMessageContaining("not-a-uuid");
        assertRefused(() -> Uuid7.parse(null, "bankId"), "bankId");
    }
}
