package org.banksync.adapters.fileimport.camt;

import org.banksync.adapters.fileimport.statement.Row;
import org.banksync.adapters.fileimport.statement.Samples;
import org.banksync.application.statement.port.out.StatementReader.Target;
import org.banksync.domain.shared.CurrencyCode;
import org.banksync.domain.shared.Iban;
import org.banksync.domain.transaction.SourceTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The ids of camt.053 rows stay the same from one file to the next")
class Camt053IdsTest {

    private static final Target BELGIAN = new Target(Iban.of("BE68539007547034"), CurrencyCode.EUR, null);

    private final Camt053Reader reader = new Camt053Reader();

    @Test
    @DisplayName("reading the same file twice gives the same ids, bank references and content keys alike")
    void stableAcrossReads() {
        Target german = new Target(Iban.of("DE89370400440532013000"), CurrencyCode.EUR, null);

        List<String> first = Row.ids(reader.read(Samples.open("camt053-v02-german-bank-batch.xml"), german).rows());
        List<String> second = Row.ids(reader.read(Samples.open("camt053-v02-german-bank-batch.xml"), german).rows());

        assertThat(first).hasSize(7).doesNotHaveDuplicates().isEqualTo(second);
    }

    @Test
    @DisplayName("two identical coffees on one day get two keys, and an overlapping file gives that day the same keys")
    void identicalRowsAndOverlap() {
        List<SourceTransaction> first = reader.read(Samples.open("camt053-v06-belgian-bank-coffees.xml"), BELGIAN).rows();
        List<SourceTransaction> overlap = reader.read(Samples.open("camt053-v06-belgian-bank-overlap.xml"), BELGIAN).rows();
        List<SourceTransaction> again = reader.read(Samples.open("camt053-v06-belgian-bank-coffees.xml"), BELGIAN).rows();

        List<String> firstIds = Row.ids(first);
        assertThat(firstIds).allMatch(id -> id.matches("h:[0-9a-f]{32}")).doesNotHaveDuplicates();
        assertThat(first.get(2).amount()).isEqualTo(first.get(3).amount());
        assertThat(first.get(2).date()).isEqualTo(first.get(3).date());
        assertThat(firstIds.get(2)).as("the second coffee of the 19th").isNotEqualTo(firstIds.get(3));
        assertThat(firstIds.get(1)).as("the coffee of the 18th").isNotIn(firstIds.subList(2, 4));
        assertThat(Row.ids(again)).isEqualTo(firstIds);
        assertThat(Row.ids(overlap).subList(0, 3)).as("the 19th, in both files").isEqualTo(firstIds.subList(2, 5));
        assertThat(Row.ids(overlap).get(4)).as("a coffee of the 20th").isNotIn(firstIds);
    }
}
