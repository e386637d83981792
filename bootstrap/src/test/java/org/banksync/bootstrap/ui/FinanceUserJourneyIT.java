package org.banksync.bootstrap.ui;

import org.banksync.bootstrap.testing.Browser;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.TestEnvironmentSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance user's web UI in a real browser (Debian's headless Chromium) against the real WAR on Payara
 * Micro, in demo mode against the Bridge sandbox: the path a new user takes, and what an accountant may not
 * do. One deployment for both; each test has its own browser and data. Screenshots of every step are kept
 * under target/test-artifacts/ui.
 */
@ExtendWith(ArquillianExtension.class)
class FinanceUserJourneyIT {

    private static final String FRENCH_AMOUNT = "-?\\d{1,3}([\\s\\u00A0\\u202F]\\d{3})*,\\d{2}[\\s\\u00A0\\u202F]€";

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    @DisplayName("a new user signs in, creates a bank, connects Demo Bank, creates its accounts, updates one from a date and"
            + " watches it finish, finds a transaction by text, changes its category, adds and replaces a manual category,"
            + " exports the list and reads it all in French")
    void newUserJourney() {
        try (Browser browser = Browser.open(base, "new-user")) {
            browser.walk(() -> newUserJourney(browser, new Screens(browser)));
        }
    }

    private void newUserJourney(Browser browser, Screens screens) {
        browser.visit("");
        assertThat(browser.currentUrl()).as("a signed-out browser is sent to sign in").contains("/login.xhtml");
        browser.screenshot("sign-in");
        screens.signIn("admin", "not-the-password");
        assertThat(browser.text("messages")).contains("Wrong user name or password");
        browser.screenshot("sign-in-refused");
        String anonymousSession = browser.cookie("JSESSIONID");
        screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
        browser.visible("banks:newBank");
        assertThat(browser.cookie("JSESSIONID")).as("the session id changes at sign-in").isNotEqualTo(anonymousSession);
        assertThat(browser.text("signed-in-user")).contains("admin").containsIgnoringCase("Administrator");
        browser.screenshot("banks");

        String bankName = "Demo Bank " + tag;
        screens.addBank(bankName, "BNPAFRPP");
        assertThat(bankStatus(browser, bankName)).isEqualTo("Not connected");
        browser.screenshot("bank-added");

        screens.openBank(bankName);
        browser.screenshot("bank-not-connected");
        browser.clickAndLoad("connection:connect");
        screens.loginAtDemoBank("success");
        assertThat(browser.currentUrl()).as("Bridge's hosted page, in the same browser")
                .startsWith(TestEnvironmentSession.sandbox().baseUrl());
        browser.screenshot("hosted-page-demo-bank");
        screens.submitAtDemoBank();
        browser.visible("connect-outcome");
        assertThat(browser.currentUrl()).contains("/bank.xhtml").contains("connection=connected");
        assertThat(browser.text("state")).isEqualTo("OK");
        browser.screenshot("bank-connected");

        String checkingIban = browser.visible(By.xpath("//tr[.//span[@class='provider-account-name bs-strong' and"
                + " text()='Compte Courant']]/td[2]")).getText();
        assertThat(screens.createEveryProposedAccount()).isGreaterThanOrEqualTo(2);
        assertThat(browser.present(By.cssSelector("button.open-account"))).isFalse();
        browser.screenshot("bank-accounts-created");

        screens.go("nav-banks");
        assertThat(bankStatus(browser, bankName)).isEqualTo("OK");
        screens.go("nav-accounts");
        var checkingRow = browser.visible(By.xpath("//tr[td[contains(., '" + checkingIban + "')]]"));
        assertThat(checkingRow.findElement(By.cssSelector(".linked-to")).getText()).contains("Compte Courant");
        assertThat(checkingRow.findElements(By.cssSelector(".next-sync"))).hasSize(1);
        browser.screenshot("bank-accounts");

        screens.go("nav-sync");
        screens.openUpdateDialog();
        browser.selectContaining("updateForm:account", checkingIban);
        browser.type("updateForm:since_input", LocalDate.now().minusMonths(6).toString());
        browser.screenshot("update-bank-accounts-dialog");
        browser.click("updateForm:confirm");
        browser.visible("run-progress");
        browser.screenshot("synchronisation-progress");
        String result = browser.until(d -> d.findElements(By.id("run-result")).isEmpty() ? null
                : d.findElement(By.id("run-result")).getText(), java.time.Duration.ofSeconds(120));
        assertThat(result).contains("Synchronisation complete");
        assertThat(browser.text("run-counts")).containsPattern("[1-9]\\d* page\\(s\\) · [1-9]\\d* new");
        browser.screenshot("synchronisation-finished");
        String transactionsOfAccount = browser.find("updateForm:seeTransactions").getAttribute("href");
        browser.click("updateForm:close");
        browser.until(d -> d.findElements(By.cssSelector("#history\\:runs_data .run-state")).stream()
                .anyMatch(state -> state.getText().equals("Succeeded")));
        browser.screenshot("synchronisation-history");

        screens.go("nav-categories");
        String manualEn = "Team lunches " + tag;
        screens.addCategory("Repas d’équipe " + tag, manualEn);
        assertThat(screens.categoryRow(manualEn).findElement(By.cssSelector(".category-origin")).getText()).isEqualTo("Manual");
        assertThat(browser.all(By.cssSelector(".category-origin")).stream().anyMatch(o -> o.getText().startsWith("Imported")))
                .as("the aggregator's categories are imported and marked").isTrue();
        browser.screenshot("category-added");

        browser.driver().get(transactionsOfAccount);
        browser.settle();
        assertThat(browser.text("count")).containsPattern("[1-9][\\d,]* transaction");
        assertThat(screens.amounts()).isNotEmpty().allMatch(amount -> amount.contains("€"));
        browser.screenshot("transactions");
        String description = screens.descriptions().get(0);
        screens.searchTransactions(description);
        assertThat(screens.descriptions()).isNotEmpty()
                .allMatch(text -> text.toLowerCase().contains(description.toLowerCase()));
        browser.screenshot("transactions-found-by-text");

        String chosen = screens.categorizeFirstRow(manualEn);
        assertThat(screens.firstRowCategory()).isEqualTo(chosen);
        assertThat(screens.firstRowCategorySetByUser()).isTrue();
        browser.screenshot("transaction-category-changed");
        browser.click("transactions:search");
        assertThat(screens.firstRowCategory()).as("the user's category is stored").isEqualTo(chosen);

        screens.go("nav-categories");
        browser.click(screens.categoryRow(manualEn).findElement(By.cssSelector("button[id$='delete']")));
        browser.click("deleteForm:confirmDelete");
        String replacement = browser.selectContaining("deleteForm:replacementId", "›");
        browser.screenshot("category-in-use-asks-for-replacement");
        browser.click("deleteForm:confirmDelete");
        browser.until(d -> d.findElements(By.xpath("//span[contains(@class,'category-name') and text()='" + manualEn + "']")).isEmpty());
        browser.screenshot("category-deleted-with-replacement");

        browser.driver().get(transactionsOfAccount);
        browser.settle();
        screens.searchTransactions(description);
        assertThat(screens.firstRowCategory()).isEqualTo(replacement);
        assertThat(screens.firstRowCategorySetByUser()).isTrue();

        browser.clickAndLoad("language:fr");
        assertThat(browser.text("nav-transactions")).isEqualTo("Opérations bancaires");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Opérations bancaires");
        assertThat(browser.text("count")).contains("opération");
        List<String> frenchAmounts = screens.amounts();
        assertThat(frenchAmounts).isNotEmpty().allMatch(amount -> amount.matches(FRENCH_AMOUNT), "a French amount in euros");
        assertThat(browser.visible(By.cssSelector("#transactions\\:table_data .booking-date")).getText())
                .matches("\\d{1,2} \\p{L}+\\.? \\d{4}");
        browser.screenshot("transactions-in-french");

        screens.searchTransactions(description);
        browser.click("export:csv");
        Path csv = browser.downloaded("transactions-", ".csv");
        List<String> lines = readLines(csv);
        assertThat(lines.get(0)).startsWith("\uFEFFDate;Date de valeur;Compte;Libellé;Montant;Devise;Catégorie;Statut");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(1)).containsPattern(";-?\\d+(,\\d+)?;EUR;");

        browser.resize(800, 1100);
        browser.screenshot("transactions-on-a-tablet");
        screens.go("nav-sync");
        browser.screenshot("synchronisation-on-a-tablet");
        browser.resize(1280, 900);

        screens.signOut();
        browser.screenshot("signed-out");
        browser.visit("transactions.xhtml");
        assertThat(browser.currentUrl()).as("signed out, pages ask for sign-in again").contains("/login.xhtml");
    }

    @Test
    @DisplayName("a new user connects a bank through Plaid's hosted flow (the aggregator chosen on the bank's page), creates its"
            + " accounts, updates one and sees its transactions")
    void plaidJourney() {
        try (Browser browser = Browser.open(base, "plaid")) {
            browser.walk(() -> plaidJourney(browser, new Screens(browser)));
        }
    }

    private void plaidJourney(Browser browser, Screens screens) {
        browser.visit("");
        screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
        String bankName = "Banque Ornithorynque " + tag;
        screens.addBank(bankName, "AGRIFRPP");
        screens.openBank(bankName);
        assertThat(browser.all(By.cssSelector("#connection\\:provider option"))).extracting(o -> o.getText())
                .containsExactly("Bridge by Bankin’", "Plaid");
        browser.select("connection:provider", "Plaid");
        browser.screenshot("plaid-provider-chosen");
        browser.clickAndLoad("connection:connect");
        assertThat(browser.currentUrl()).as("Plaid's Hosted Link, in the same browser").startsWith(TestEnvironmentSession.plaid().baseUrl());
        browser.clickAndLoad("institution-ins_900101");
        browser.type("username", "user_good");
        browser.type("password", "pass_good");
        browser.screenshot("plaid-hosted-link");
        browser.clickAndLoad("submit");
        browser.visible("connect-outcome");
        assertThat(browser.currentUrl()).contains("/bank.xhtml").contains("connection=connected");
        assertThat(browser.text("state")).isEqualTo("OK");
        assertThat(screens.createEveryProposedAccount()).isGreaterThanOrEqualTo(1);
        browser.screenshot("plaid-bank-connected");

        String firstAccount = browser.all(By.cssSelector(".provider-account-name")).get(0).getText();
        screens.go("nav-sync");
        screens.openUpdateDialog();
        browser.selectContaining("updateForm:account", firstAccount);
        browser.type("updateForm:since_input", LocalDate.now().minusYears(1).toString());
        assertThat(screens.confirmAndAwaitRun()).contains("Synchronisation complete");
        browser.screenshot("plaid-synchronised");
        browser.clickAndLoad("updateForm:seeTransactions");
        assertThat(browser.all(By.cssSelector(".amount"))).isNotEmpty();
        browser.screenshot("plaid-transactions");

        screens.go("nav-accounts");
        browser.clickAndLoad(By.xpath("//tr[.//span[contains(@class,'account-name') and text()='" + firstAccount + "']]"
                + "//a[contains(@id,'import')]"));
        assertThat(browser.text("linked-warning")).as("importing into an account an aggregator feeds warns of doubles")
                .contains("also synchronised");
    }

    @Test
    @DisplayName("an accountant added on the Users page reaches neither the admin pages (by navigation or by direct URL, 403)"
            + " nor the admin actions (Connect your bank is not offered, the API refuses it)")
    void accountantCannotAdminister() {
        String accountant = "accountant-" + tag;
        String password = "accountant-Secret-1";
        String bankId;

        try (Browser browser = Browser.open(base, "accountant")) {
            Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);
            bankId = Http.json(admin.postJson("api/v1/banks", "{\"name\":\"Accountant's bank " + tag + "\"}")).getString("id");
            browser.walk(() -> accountantJourney(browser, new Screens(browser), accountant, password, bankId));
        }

        Http asAccountant = Http.basic(base, accountant, password);
        assertThat(asAccountant.postJson("api/v1/banks/" + bankId + "/connections", "{}").statusCode()).isEqualTo(403);
        assertThat(asAccountant.get("api/v1/banks/" + bankId).statusCode()).isEqualTo(200);
    }

    private void accountantJourney(Browser browser, Screens screens, String accountant, String password, String bankId) {
        browser.visit("admin/users.xhtml");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
        screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
        assertThat(browser.currentUrl()).as("back on the page asked for").contains("/admin/users.xhtml");
        browser.type("addUser:username", accountant);
        browser.select("addUser:role", "Accountant");
        browser.type("addUser:password", password);
        browser.click("addUser:add");
        browser.visible(By.xpath("//tr[td/span[@class='user-name bs-strong' and text()='" + accountant + "']]"));
        browser.screenshot("users-accountant-added");
        screens.signOut();

        browser.visit("admin/users.xhtml");
        screens.signIn(accountant, password);
        assertThat(browser.currentUrl()).contains("/admin/users.xhtml");
        assertThat(browser.text("forbidden")).contains("You may not open this page");
        browser.screenshot("users-page-forbidden-to-accountant");

        screens.go("nav-banks");
        assertThat(browser.present(By.id("nav-users"))).as("no Users section for an accountant").isFalse();
        assertThat(browser.text("signed-in-user")).contains(accountant).containsIgnoringCase("Accountant");
        browser.visit("bank.xhtml?id=" + bankId);
        assertThat(browser.text("connect-admin-only")).contains("An administrator can connect it");
        assertThat(browser.present(By.id("connection:connect"))).as("Connect your bank is not offered").isFalse();
        browser.screenshot("bank-without-connect-for-accountant");
    }

    @Test
    @DisplayName("a user creates a personal API token in the UI, sees its secret once, calls the API with it, and revokes it")
    void apiTokensFromTheUi() {
        try (Browser browser = Browser.open(base, "tokens")) {
            browser.walk(() -> {
                Screens screens = new Screens(browser);
                browser.visit("");
                screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
                screens.go("nav-tokens");
                browser.type("newToken:name", "Reporting " + tag);
                browser.click("newToken:create");
                String secret = browser.visible(By.id("created-secret")).getText().trim();
                assertThat(secret).startsWith("bsk_");
                browser.screenshot("token-created");
                assertThat(org.banksync.bootstrap.testing.Http.bearer(base, secret).get("api/v1/banks").statusCode()).isEqualTo(200);

                browser.click(By.xpath("//tr[.//span[contains(@class,'token-name') and text()='Reporting " + tag + "']]"
                        + "//button[contains(@class,'revoke-token')]"));
                browser.visible("messages");
                browser.screenshot("token-revoked");
                assertThat(org.banksync.bootstrap.testing.Http.bearer(base, secret).get("api/v1/banks").statusCode()).isEqualTo(401);
            });
        }
    }

    @Test
    @DisplayName("an administrator renames a bank, adds a bank account by hand (a wrong IBAN is refused on its field),"
            + " edits and closes it, then deletes the bank")
    void banksAndAccountsForms() {
        try (Browser browser = Browser.open(base, "forms")) {
            browser.walk(() -> formsJourney(browser, new Screens(browser)));
        }
    }

    private void formsJourney(Browser browser, Screens screens) {
        browser.visit("");
        screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
        String bankName = "Form Bank " + tag;
        String renamed = bankName + " (renamed)";
        screens.addBank(bankName, "AGRIFRPP");
        browser.click(By.xpath("//tr[.//a[text()='" + bankName + "']]//button[contains(@id,'edit')]"));
        assertThat(browser.visible("bankForm:name").getAttribute("value")).isEqualTo(bankName);
        browser.type("bankForm:name", renamed);
        browser.screenshot("bank-edit-dialog");
        browser.click("bankForm:save");
        browser.visible(By.xpath("//a[contains(@class,'bank-name') and text()='" + renamed + "']"));

        screens.go("nav-accounts");
        browser.click("accounts:newAccount");
        browser.select("accountForm:bankId", renamed);
        browser.type("accountForm:name", "Petty cash " + tag);
        browser.type("accountForm:iban", "FR76 3000 6000 0112 3456 7890 180");
        browser.type("accountForm:glAccount", "531000");
        browser.click("accountForm:save");
        assertThat(browser.visible(By.cssSelector("#accountForm\\:formMessages .ui-messages-error")).getText())
                .contains("IBAN").contains("check digits");
        assertThat(browser.find("accountForm:iban").getAttribute("class")).contains("ui-state-error");
        browser.screenshot("bank-account-wrong-iban");
        String iban = frenchIban(tag);
        browser.type("accountForm:iban", iban);
        browser.click("accountForm:save");
        var row = browser.visible(By.xpath("//tr[.//span[contains(@class,'account-name') and text()='Petty cash " + tag + "']]"));
        assertThat(row.getText()).contains(renamed).contains("531000").contains("Not linked");
        browser.screenshot("bank-account-added");

        browser.click(row.findElement(By.cssSelector("button[id$='edit']")));
        assertThat(browser.visible("accountForm:glAccount").getAttribute("value")).isEqualTo("531000");
        browser.type("accountForm:glAccount", "531100");
        browser.click("accountForm:save");
        browser.until(d -> d.findElement(By.xpath("//tr[.//span[text()='Petty cash " + tag + "']]")).getText().contains("531100"));

        browser.click(By.xpath("//tr[.//span[text()='Petty cash " + tag + "']]//button[contains(@id,'close')]"));
        browser.click("confirmYes");
        browser.until(d -> d.findElements(By.xpath("//span[text()='Petty cash " + tag + "']")).isEmpty());
        assertThat(browser.text("accounts:messages")).contains("closed");

        screens.go("nav-banks");
        browser.click(By.xpath("//tr[.//a[text()='" + renamed + "']]//button[contains(@id,'delete')]"));
        browser.screenshot("bank-delete-confirmation");
        browser.click("confirmYes");
        browser.until(d -> d.findElements(By.xpath("//a[text()='" + renamed + "']")).isEmpty());
        assertThat(browser.text("banks:messages")).contains("deleted");
    }

    /** A valid French IBAN whose account number comes from the tag, so each run has its own. */
    private static String frenchIban(String tag) {
        String bban = "30006" + "00001" + String.format("%011d", Math.abs(tag.hashCode()) % 100_000_000_000L) + "00";
        java.math.BigInteger number = new java.math.BigInteger(bban + "1527" + "00");
        int check = 98 - number.mod(java.math.BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", check) + bban;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bankStatus(Browser browser, String bankName) {
        return browser.visible(By.xpath("//tr[.//a[contains(@class,'bank-name') and text()='" + bankName + "']]//span[contains(@class,'bank-status')]"))
                .getText();
    }
}
