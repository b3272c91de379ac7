package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html in the system's headless Chromium (Debian's chromium and chromium-driver; nothing is
 * downloaded): the rows are there, filters, search and sorting work, no script from the data runs
 * and the console stays clean. Leaves a screenshot at target/report-screenshot.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Installed before the page's own scripts: records uncaught errors, console errors and CSP
     * violations (CDP-injected scripts are exempt from the page's CSP).
     */
    private static final String ERROR_COLLECTOR = """
            window.__errors = [];
            window.addEventListener('error', e => window.__errors.push('error: ' + e.message));
            window.addEventListener('unhandledrejection', e => window.__errors.push('rejection: ' + e.reason));
            document.addEventListener('securitypolicyviolation', e => window.__errors.push('csp: ' + e.violatedDirective));
            const original = console.error;
            console.error = function () { window.__errors.push('console: ' + Array.from(arguments).join(' ')); original.apply(console, arguments); };
            """;

    private ChromeDriver driver;
    private String reportUrl;

    @TempDir
    Path dir;

    @BeforeAll
    void startBrowser(@TempDir Path profile) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1600, 1300));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openReport() {
        List<Path> files = new ReportWriter().writeAll(SampleReport.report(), dir);
        reportUrl = files.get(1).toUri().toString();
        driver.get(reportUrl);
    }

    @Test
    void showsEveryCitationAsARow() {
        assertThat(visibleRows()).hasSize(14);
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("14 of 14 citations shown");
        assertThat(driver.findElements(By.cssSelector("section.doc h2")).get(0).getText())
                .isNotBlank();
    }

    @Test
    void runsNoScriptFromTheDataAndLogsNoErrors() {
        assertThatThrownBy(() -> driver.switchTo().alert())
                .as("a hostile title or URL opened an alert")
                .isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.executeScript("return window.__pwned"))
                .as("a script from the data ran")
                .isNull();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(SampleReport.SCRIPT_TITLE);
        assertThat(driver.executeScript("return window.__errors"))
                .as("errors seen by the page")
                .isEqualTo(List.of());
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(severe).as("browser console").isEmpty();
    }

    @Test
    void verdictFilterHidesRows() {
        driver.findElement(By.cssSelector("input[name=verdict][value=ALIVE]")).click();

        assertThat(visibleRows())
                .hasSize(10)
                .allSatisfy(row -> assertThat(row.getAttribute("data-verdict")).isNotEqualTo("ALIVE"));
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("10 of 14 citations shown");
    }

    @Test
    void problemsOnlyAndDocumentFilterNarrowTheList() {
        driver.findElement(By.id("problems-only")).click();
        assertThat(visibleRows()).hasSize(8);

        new Select(driver.findElement(By.id("doc-filter"))).selectByVisibleText(SampleReport.LIST);
        assertThat(visibleRows()).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("section.doc")).stream().filter(WebElement::isDisplayed))
                .hasSize(1);
    }

    @Test
    void textSearchFindsRowsByUrlAndTitle() {
        driver.findElement(By.id("search")).sendKeys("mofa.go.kr");
        assertThat(visibleRows()).hasSize(1);

        driver.findElement(By.id("search")).clear();
        driver.findElement(By.id("search")).sendKeys("首尔特别市");
        assertThat(visibleRows())
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row.getText()).contains("zh.wikipedia.org"));
    }

    @Test
    void sortsAColumnWhenItsHeaderIsClicked() {
        WebElement seoul = driver.findElements(By.cssSelector("section.doc")).stream()
                .filter(section ->
                        section.findElement(By.tagName("h2")).getText().startsWith(SampleReport.SEOUL))
                .findFirst()
                .orElseThrow();
        seoul.findElement(By.xpath(".//th[text()='Line']")).click();

        List<String> lines = seoul.findElements(By.cssSelector("tr.row td:first-child")).stream()
                .map(td -> td.getText().replaceAll(":.*", ""))
                .toList();
        assertThat(lines).containsExactly("12", "20", "25", "30", "33", "40", "44");
    }

    @Test
    void copyButtonAnswersWithoutErrors() {
        WebElement button = driver.findElement(By.cssSelector("tr.row button.copy"));
        button.click();

        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !button.getText().equals("Copy"));
        assertThat(button.getText()).isIn("Copied", "Press Ctrl+C");
        assertThat(driver.executeScript("return window.__errors")).isEqualTo(List.of());
    }

    @Test
    void savesScreenshotForReview() throws Exception {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1600, (int) Math.min(height + 140, 4000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/report-screenshot.png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);

        assertThat(Files.size(target)).isPositive();
    }

    private List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("tr.row")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }
}
