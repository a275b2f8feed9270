package news.dateline.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Debian's ChromeDriver. */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A full-page screenshot at a width: 1280 (desktop) or 390 (phone). */
    static void screenshot(ChromeDriver driver, String name, int width) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = ((Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
        Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Logs in through the login form; {@code base} is the server's address, without a trailing slash. */
    static void logIn(ChromeDriver driver, String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        follow(driver, driver.findElement(By.cssSelector("button[type=submit]")));
    }

    /**
     * Clicks a link or a submit button and waits until the next page has replaced this one: a click
     * may return before the navigation it starts, and the old page's elements then go stale under
     * the next assertion.
     */
    static void follow(ChromeDriver driver, WebElement linkOrButton) {
        WebElement page = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    static void follow(ChromeDriver driver, By linkOrButton) {
        follow(driver, driver.findElement(linkOrButton));
    }

    static void screenshots(ChromeDriver driver, String name) throws Exception {
        screenshot(driver, name, 1280);
        screenshot(driver, name, 390);
    }

}
