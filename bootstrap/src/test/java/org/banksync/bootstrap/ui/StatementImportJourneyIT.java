package org.banksync.bootstrap.ui;

import jakarta.json.JsonValue;
import org.banksync.bootstrap.testing.Browser;
import org.banksync.bootstrap.testing.Http;
import org.banksync.bootstrap.testing.StatementAccounts;
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
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A user imports a bank's statement file from the bank account's page: chooses it, checks the preview, confirms. */
@ExtendWith(ArquillianExtension.class)
class StatementImportJourneyIT {

    @Deployment(testable = false)
    static WebArchive banksync() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("banksync.war")));
    }

    private final URI base = TestEnvironmentSession.banksync();
    private final Http admin = Http.basic(base, "admin", TestEnvironmentSession.ADMIN_PASSWORD);
    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    @DisplayName("an OFX file is previewed (period, totals, what it adds) then imported and listed; a CSV with a bad amount is refused"
            + " naming its line, and nothing of it is imported")
    void importAStatement() {
        String accountName = "Compte import " + tag;
        String accountId = account(accountName, "FR7618206004106001234567891");
        try (Browser browser = Browser.open(base, "import")) {
            browser.walk(() -> {
                Screens screens = new Screens(browser);
                browser.visit("");
                screens.signIn("admin", TestEnvironmentSession.ADMIN_PASSWORD);
                screens.go("nav-accounts");
                browser.clickAndLoad(By.xpath("//tr[.//span[contains(@class,'account-name') and text()='" + accountName + "']]"
                        + "//a[contains(@id,'import')]"));
                assertThat(browser.text("target-account")).contains(accountName).contains("FR76 1820");
                assertThat(browser.present(By.id("linked-warning"))).as("an account no aggregator feeds").isFalse();

                browser.find("upload:file").sendKeys(sample("ofx102-credit-agricole.ofx").toString());
                browser.screenshot("import-file-chosen");
                browser.clickAndLoad("upload:preview");
                assertThat(browser.text("previewFormat")).isEqualTo("OFX");
                assertThat(browser.text("previewRows")).isEqualTo("4");
                assertThat(browser.text("previewEffect")).contains("add 4 new");
                assertThat(browser.text("previewDebits")).contains("174.99");
                assertThat(browser.text("previewCredits")).contains("1,250.00");
                assertThat(browser.all(By.cssSelector(".preview-description")))
                        .extracting(e -> e.getText()).contains("CB CAFÉ DES ARTS", "PRLV SEPA ORANGE SA");
                browser.screenshot("import-preview");
                assertThat(rows(accountId)).as("a preview imports nothing").isEmpty();

                browser.clickAndLoad("upload:confirm");
                assertThat(browser.text("upload:messages")).contains("imported").contains("4 new");
                browser.screenshot("import-done");
                assertThat(rows(accountId)).hasSize(4);
                browser.clickAndLoad("upload:seeTransactions");
                browser.visible(By.xpath("//*[contains(text(),'CAFÉ DES ARTS')]"));
                browser.screenshot("import-transactions");

                browser.visit("import.xhtml?account=" + accountId);
                browser.find("upload:file").sendKeys(sample("releve-bnp-bad-amount.csv").toString());
                browser.select("upload:format", "CSV");
                assertThat(browser.find("csvLayout").getAttribute("open")).as("the CSV layout starts folded").isNull();
                browser.click(By.cssSelector("#csvLayout summary"));
                browser.type("upload:skipLines", "3");
                browser.type("upload:dateColumn", "Date opération");
                browser.type("upload:descriptionColumn", "Libellé");
                browser.select("upload:amountMode", "Separate debit and credit columns");
                browser.type("upload:debitColumn", "Débit");
                browser.type("upload:creditColumn", "Crédit");
                browser.clickAndLoad("upload:preview");
                assertThat(browser.text("upload:messages")).contains("cannot be imported").contains("line 8");
                assertThat(browser.present(By.id("upload:previewPanel"))).isFalse();
                browser.screenshot("import-refused");
                assertThat(rows(accountId)).hasSize(4);
            });
        }
    }

    private List<JsonValue> rows(String accountId) {
        return Http.json(admin.get("api/v1/transactions?bankAccountId=" + accountId)).getJsonArray("items");
    }

    private String account(String name, String iban) {
        return StatementAccounts.fresh(admin, name, iban);
    }

    private static Path sample(String name) {
        return StatementAccounts.sampleFile(name);
    }
}
