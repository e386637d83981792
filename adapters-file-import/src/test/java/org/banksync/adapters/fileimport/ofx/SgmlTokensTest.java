package org.banksync.adapters.fileimport.ofx;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("OFX 1.x SGML becomes well-formed events")
class SgmlTokensTest {

    @Test
    @DisplayName("unclosed leaves end at the next tag, closed ones at their end tag, empty known leaves hold nothing")
    void leaves() {
        String sgml = "<STMTTRN>\n<TRNAMT>-4,60\n<MEMO>\n<NAME>AT&amp;T</NAME>\n<PAYEE>\n<CITY>LYON\n</PAYEE>\n</STMTTRN>\n";

        assertThat(events(sgml)).containsExactly(
                "<STMTTRN> 1", "<TRNAMT> 2", "'-4,60' 2", "</TRNAMT> 3", "<MEMO> 3", "</MEMO> 4", "<NAME> 4",
                "'AT&T' 4", "</NAME> 4", "<PAYEE> 5", "<CITY> 6", "'LYON' 6", "</CITY> 7", "</PAYEE> 7", "</STMTTRN> 8");
    }

    private static List<String> events(String sgml) {
        SgmlTokens tokens = new SgmlTokens(new StringReader(sgml), 1);
        List<String> events = new ArrayList<>();
        for (OfxToken token = tokens.next(); token != null; token = tokens.next()) {
            events.add(token.shown() + " " + token.line());
        }
        return events;
    }
}
