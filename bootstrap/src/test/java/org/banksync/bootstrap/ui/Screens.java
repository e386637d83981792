package org.banksync.bootstrap.ui;

import org.banksync.bootstrap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/** What a finance user does on Banksync's screens, in the browser: small steps the journeys are written in. */
final class Screens {

    private final Browser browser;

    Screens(Browser browser) {
        this.browser = browser;
    }

    void signIn(String username, String password) {
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.clickAndLoad("login:signIn");
    }

    void signOut() {
        browser.clickAndLoad("signOut:signOut");
        browser.visible("login:username");
    }

    void go(String navLinkId) {
        browser.clickAndLoad(navLinkId);
    }

    void addBank(String name, String bic) {
        browser.click("banks:newBank");
        browser.type("bankForm:name", name);
        browser.type("bankForm:bic", bic);
        browser.click("bankForm:save");
        browser.until(d -> !d.findElement(By.id("bankForm:name")).isDisplayed());
        browser.visible(By.xpath("//a[contains(@class,'bank-name') and text()='" + name + "']"));
    }

    void openBank(String name) {
        browser.clickAndLoad(By.xpath("//a[contains(@class,'bank-name') and text()='" + name + "']"));
        browser.visible("bank-name");
    }

    /** Demo Bank on the aggregator's hosted page, with the scenario's login and any password. */
    void loginAtDemoBank(String login) {
        browser.until(d -> !d.findElements(By.id("provider-574")).isEmpty() || !d.findElements(By.id("login-form")).isEmpty());
        if (browser.present(By.id("provider-574"))) {
            browser.clickAndLoad("provider-574");
        }
        browser.type("login", login);
        browser.type("password", "any-password");
    }

    void submitAtDemoBank() {
        browser.clickAndLoad("submit");
    }

    /** Creates a bank account for every account at the bank that is still unlinked; answers how many. */
    int createEveryProposedAccount() {
        int created = 0;
        while (browser.present(By.cssSelector("button.open-account")) && created < 10) {
            int linkedBefore = browser.all(By.cssSelector(".linked-to")).size();
            browser.click(browser.all(By.cssSelector("button.open-account")).get(0));
            browser.until(d -> d.findElements(By.cssSelector(".linked-to")).size() > linkedBefore);
            created++;
        }
        return created;
    }

    void openUpdateDialog() {
        browser.click("history:update");
        browser.visible("updateForm:since_input");
    }

    /** Confirms the dialog's run, then waits (the page polls every second) until it ends; answers the result text. */
    String confirmAndAwaitRun() {
        browser.click("updateForm:confirm");
        browser.visible("run-progress");
        return browser.until(d -> {
            List<WebElement> result = d.findElements(By.id("run-result"));
            return result.isEmpty() || !result.get(0).isDisplayed() ? null : result.get(0).getText();
        }, Duration.ofSeconds(120));
    }

    void searchTransactions(String text) {
        String before = browser.text("count");
        browser.type("transactions:text", text);
        browser.click("transactions:search");
        browser.until(d -> !d.findElement(By.id("count")).getText().equals(before) || rowsMatch(text));
    }

    private boolean rowsMatch(String text) {
        return browser.all(By.cssSelector("#transactions\\:table_data .description")).stream()
                .allMatch(description -> description.getText().toLowerCase().contains(text.toLowerCase()));
    }

    List<String> descriptions() {
        return browser.all(By.cssSelector("#transactions\\:table_data .description")).stream().map(WebElement::getText).toList();
    }

    List<String> amounts() {
        return browser.all(By.cssSelector("#transactions\\:table_data .amount")).stream().map(WebElement::getText).toList();
    }

    String firstRowCategory() {
        return browser.visible(By.cssSelector("#transactions\\:table_data tr:first-child .category-name")).getText();
    }

    boolean firstRowCategorySetByUser() {
        return browser.present(By.cssSelector("#transactions\\:table_data tr:first-child .bs-by-user"));
    }

    /** Changes the first row's category in place to the first category whose label contains the text. */
    String categorizeFirstRow(String categoryText) {
        browser.click(By.cssSelector("#transactions\\:table_data tr:first-child button.bs-edit-category"));
        WebElement choice = browser.visible(By.cssSelector("#transactions\\:table_data tr:first-child select"));
        String label = browser.selectContaining(choice.getAttribute("id"), categoryText);
        browser.click(By.cssSelector("#transactions\\:table_data tr:first-child button[id$='saveCategory']"));
        browser.until(d -> d.findElements(By.cssSelector("#transactions\\:table_data select")).isEmpty());
        return label;
    }

    void addCategory(String nameFr, String nameEn) {
        browser.click("categories:newCategory");
        browser.type("categoryForm:nameFr", nameFr);
        browser.type("categoryForm:nameEn", nameEn);
        browser.click("categoryForm:save");
        browser.until(d -> !d.findElement(By.id("categoryForm:nameFr")).isDisplayed());
    }

    WebElement categoryRow(String name) {
        return browser.visible(By.xpath("//tr[.//span[contains(@class,'category-name') and text()='" + name + "']]"));
    }
}
