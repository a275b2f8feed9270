package news.dateline.browser;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Debian's ChromeDriver. */
final class Browser {

    /**
     * Debian's paths; elsewhere (e.g. GitHub's runners, which have Google Chrome) set the
     * two variables.
     */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DATELINE_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path
        .of(System.getenv().getOrDefault("DATELINE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /**
     * A browser for the tests of {@code testClass}; without one, and with
     * {@code DATELINE_BROWSER_TESTS=skip}, they are skipped, and the build's output says
     * which and why.
     */
    static ChromeDriver start(Class<?> testClass) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "skip".equals(System.getenv("DATELINE_BROWSER_TESTS"))) {
            String why = "DATELINE_BROWSER_TESTS=skip and no " + Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .collect(Collectors.joining(" and no "));
            List<String> tests = Arrays.stream(testClass.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .sorted()
                .toList();
            System.out.println("SKIPPED " + tests.size() + " browser tests of " + testClass.getSimpleName()
                    + ", because " + why + ": " + String.join(", ", tests));
            Assumptions.abort(why);
        }
        if (!installed) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, as .ci/run does; or set "
                    + "DATELINE_BROWSER_TESTS=skip to run without them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
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
        long height = ((Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)"))
            .longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
        Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Logs in through the login form; {@code base} is the server's address, without a
     * trailing slash.
     */
    static void logIn(ChromeDriver driver, String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        follow(driver, driver.findElement(By.cssSelector("button[type=submit]")));
    }

    /**
     * Clicks a link or a submit button and waits until the next page has loaded in its
     * place.
     *
     * <p>
     * The old page is marked with a token in its {@code window} before the click; a
     * navigation gives the tab a new window without it. The wait reads only the current
     * window through a script (never an element of the page being left), so it cannot
     * race with the replacement of the document. While the document is being replaced the
     * driver may answer a script with one of a few "no document now" errors: those, and
     * only those, mean "not yet".
     */
    static void follow(ChromeDriver driver, WebElement linkOrButton) {
        String token = UUID.randomUUID().toString();
        driver.executeScript("window.datelineLeaving = arguments[0]", token);
        linkOrButton.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> newPageLoaded(driver, token));
    }

    /**
     * Whether the tab holds a fully loaded document other than the one marked with the
     * token.
     */
    static boolean newPageLoaded(ChromeDriver driver, String token) {
        try {
            return Boolean.TRUE.equals(driver.executeScript(
                    "return window.datelineLeaving !== arguments[0] && document.readyState === 'complete'", token));
        }
        catch (WebDriverException e) {
            if (isDocumentBeingReplaced(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The errors Chromium gives a script sent while one document replaces another. */
    static boolean isDocumentBeingReplaced(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Execution context was destroyed")
                || message.contains("Cannot find context with specified id")
                || message.contains("does not belong to the document")
                || message.contains("Inspected target navigated or closed") || message.contains("target frame detached")
                || message.contains("document unloaded while waiting for result");
    }

    static void follow(ChromeDriver driver, By linkOrButton) {
        follow(driver, driver.findElement(linkOrButton));
    }

    static void screenshots(ChromeDriver driver, String name) throws Exception {
        screenshot(driver, name, 1280);
        screenshot(driver, name, 390);
    }

}
