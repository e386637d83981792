package org.banksync.bootstrap.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both found on the PATH at run time (never
 * downloaded: Selenium Manager is skipped because the driver's path is given). Missing binaries skip the
 * test with a visible notice. Waits are explicit; every step can leave a screenshot in the build's artefacts.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;
    private final Path downloads;
    private final URI base;
    private int step;

    private Browser(WebDriver driver, Path screenshots, Path downloads, URI base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.screenshots = screenshots;
        this.downloads = downloads;
        this.base = base;
    }

    /**
     * A fresh browser (own profile, no cookies) on Banksync, 1280 × 900; skips the test when Chromium is missing.
     * The commands looked up can be renamed with -Dbanksync.test.chromium / -Dbanksync.test.chromedriver (to try the
     * skip, for instance).
     */
    public static Browser open(URI base, String journey) {
        Optional<String> chromium = onPath(System.getProperty("banksync.test.chromium", "chromium"));
        Optional<String> chromedriver = onPath(System.getProperty("banksync.test.chromedriver", "chromedriver"));
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String notice = "Browser test SKIPPED: Debian's chromium and chromedriver are not on the PATH"
                    + " (apt-get install -y chromium chromium-driver; .ci/run installs them).";
            LOG.warning(notice);
            Assumptions.abort(notice);
        }
        try {
            Path artifacts = Path.of(System.getProperty("banksync.test.artifacts", "target/test-artifacts"), "ui", journey);
            Path downloads = Files.createDirectories(artifacts.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--lang=en-US", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("banksync-chromium"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver.get())).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            return new Browser(driver, artifacts, downloads, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of Banksync (relative to its context root). */
    public void visit(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        settle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement visible(String id) {
        return visible(By.id(id));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void click(String id) {
        click(By.id(id));
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    /** Clicks what loads a new page (a link, a plain form), and waits until the new page has replaced this one. */
    public void clickAndLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        wait.until(replaced -> isGone(page));
        settle();
    }

    /**
     * True once the element left the document. Chromium reports that either as a stale element or,
     * while the next page is being attached, as "does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void clickAndLoad(String id) {
        clickAndLoad(By.id(id));
    }

    public void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        settle();
    }

    /** Replaces what the input holds by the text, as a user would: select all, then type. */
    public void type(String id, String text) {
        WebElement input = visible(id);
        input.clear();
        if (!input.getAttribute("value").isEmpty()) {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        input.sendKeys(text);
    }

    public void select(String id, String visibleText) {
        new Select(visible(id)).selectByVisibleText(visibleText);
    }

    /** Chooses the first option whose label contains the text; answers the full label. */
    public String selectContaining(String id, String text) {
        Select select = new Select(visible(id));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option containing '" + text + "' in " + id));
        String label = option.getText();
        select.selectByVisibleText(label);
        return label;
    }

    public String text(String id) {
        return visible(id).getText();
    }

    /** Waits until the condition holds (Selenium's explicit wait), with a longer deadline for slow work. */
    public <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits for the page to finish loading and PrimeFaces' Ajax queue to be empty. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Saves a PNG of the page as the build's artefact, named by the step ("03-bank-created.png"). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser showed when a step failed: a screenshot and the page's HTML, beside the others. */
    public void keepEvidenceOfFailure() {
        try {
            screenshot("FAILED");
            Files.writeString(screenshots.resolve(String.format("%02d-FAILED.html", step)), driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            LOG.warning("could not keep the evidence of a failed step: " + e);
        }
    }

    /** Runs a journey, keeping the evidence of the step that failed. */
    public void walk(Runnable journey) {
        try {
            journey.run();
        } catch (RuntimeException | AssertionError failure) {
            keepEvidenceOfFailure();
            throw failure;
        }
    }

    /** The downloaded file of that name once complete (Chromium writes .crdownload until then). */
    public Path downloaded(String prefix, String suffix) {
        return until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(suffix))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Path downloads() {
        return downloads;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<String> onPath(String command) {
        try {
            Process process = new ProcessBuilder("sh", "-c", "command -v \"$0\"", command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
