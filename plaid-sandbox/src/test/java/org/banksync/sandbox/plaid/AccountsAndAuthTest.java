package org.banksync.sandbox.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.banksync.sandbox.plaid.control.ItemRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/accounts/get and /auth/get describe the accounts, with valid IBANs for EUR, bacs for GBP and ach for USD")
class AccountsAndAuthTest {

    private SandboxFixture fixture;
    private ItemRecord item;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start();
        item = fixture.item(SandboxFixture.FIRST_PLATYPUS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @DisplayName("/accounts/get: AccountBase with balances in the account's currency, and the Item")
    void accounts() {
        JsonNode answer = fixture.http.call("/accounts/get", PlaidHttp.object().put("access_token", item.accessToken())).ok();
        assertThat(answer.get("accounts")).hasSize(3);
        List<String> currencies = new ArrayList<>();
        for (JsonNode account : answer.get("accounts")) {
            assertThat(account.get("account_id").asText()).hasSize(37);
            assertThat(account.get("type").asText()).isEqualTo("depository");
            assertThat(account.get("subtype").asText()).isEqualTo("checking");
            assertThat(account.get("mask").asText()).matches("\\d{4}");
            assertThat(account.get("balances").get("current").isNumber()).isTrue();
            assertThat(account.get("balances").get("current").decimalValue().signum()).isPositive();
            assertThat(account.get("balances").get("limit").isNull()).isTrue();
            currencies.add(account.get("balances").get("iso_currency_code").asText());
        }
        assertThat(currencies).containsExactly("EUR", "GBP", "USD");
        assertThat(answer.get("item").get("item_id").asText()).isEqualTo(item.itemId());
        assertThat(answer.get("request_id").asText()).isNotBlank();
    }

    @Test
    @DisplayName("options.account_ids filters; an id of another Item is INVALID_ACCOUNT_ID")
    void accountFilter() {
        ObjectNode body = PlaidHttp.object().put("access_token", item.accessToken());
        body.putObject("options").putArray("account_ids").add(item.account("GBP").accountId());
        JsonNode answer = fixture.http.call("/accounts/get", body).ok();
        assertThat(answer.get("accounts")).hasSize(1);
        assertThat(answer.get("accounts").get(0).get("account_id").asText()).isEqualTo(item.account("GBP").accountId());

        ItemRecord other = fixture.item(SandboxFixture.US_BANK);
        ObjectNode foreign = PlaidHttp.object().put("access_token", item.accessToken());
        foreign.putObject("options").putArray("account_ids").add(other.firstAccount().accountId());
        assertThat(fixture.http.call("/accounts/get", foreign).errorCode()).isEqualTo("INVALID_ACCOUNT_ID");
    }

    @Test
    @DisplayName("/auth/get: a French IBAN whose ISO 13616 check digits hold, with a BIC; bacs for GBP; ach for USD")
    void authNumbers() {
        JsonNode numbers = fixture.http.call("/auth/get", PlaidHttp.object().put("access_token", item.accessToken()))
                .ok().get("numbers");
        JsonNode international = numbers.get("international");
        assertThat(international).hasSize(2);
        JsonNode eur = international.get(0);
        assertThat(eur.get("account_id").asText()).isEqualTo(item.account("EUR").accountId());
        String iban = eur.get("iban").asText();
        assertThat(iban).startsWith("FR").hasSize(27);
        assertThat(mod97(iban)).isEqualTo(1);
        assertThat(eur.get("bic").asText()).matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
        String gbIban = international.get(1).get("iban").asText();
        assertThat(gbIban).startsWith("GB").hasSize(22);
        assertThat(mod97(gbIban)).isEqualTo(1);

        JsonNode bacs = numbers.get("bacs");
        assertThat(bacs).hasSize(1);
        assertThat(bacs.get(0).get("account_id").asText()).isEqualTo(item.account("GBP").accountId());
        assertThat(bacs.get(0).get("account").asText()).matches("\\d{8}");
        assertThat(bacs.get(0).get("sort_code").asText()).matches("\\d{6}");
        assertThat(gbIban).endsWith(bacs.get(0).get("sort_code").asText() + bacs.get(0).get("account").asText());

        JsonNode ach = numbers.get("ach");
        assertThat(ach).hasSize(1);
        String routing = ach.get(0).get("routing").asText();
        assertThat(routing).matches("\\d{9}");
        int[] weights = {3, 7, 1, 3, 7, 1, 3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (routing.charAt(i) - '0');
        }
        assertThat(sum % 10).as("ABA checksum").isZero();
        assertThat(numbers.get("eft")).isEmpty();
    }

    @Test
    @DisplayName("the French bank's two EUR accounts both have IBANs; the control record repeats them")
    void frenchBank() {
        ItemRecord french = fixture.item(SandboxFixture.FRENCH_BANK);
        JsonNode numbers = fixture.http.call("/auth/get", PlaidHttp.object().put("access_token", french.accessToken()))
                .ok().get("numbers");
        assertThat(numbers.get("international")).hasSize(2);
        for (JsonNode entry : numbers.get("international")) {
            assertThat(mod97(entry.get("iban").asText())).isEqualTo(1);
            assertThat(entry.get("iban").asText()).startsWith("FR");
        }
        assertThat(french.accounts()).extracting(account -> account.iban())
                .containsExactly(numbers.get("international").get(0).get("iban").asText(),
                        numbers.get("international").get(1).get("iban").asText());
        assertThat(numbers.get("bacs")).isEmpty();
        assertThat(numbers.get("ach")).isEmpty();
    }

    /** The IBAN check: move the first four characters to the end, letters as 10..35, mod 97 must be 1. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toUpperCase(Locale.ROOT).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
