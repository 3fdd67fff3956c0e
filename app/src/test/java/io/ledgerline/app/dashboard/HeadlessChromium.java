package io.ledgerline.app.dashboard;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven headless through Debian's chromium-driver. Nothing is downloaded: both must be
 * installed ({@code apt-get install -y chromium chromium-driver}, as the README's test section says), or
 * found at {@code CHROMIUM_BINARY} / {@code CHROMEDRIVER}. Without them the test fails and says so.
 */
final class HeadlessChromium {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Optional<Path> browser = firstExecutable(System.getenv("CHROMIUM_BINARY"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser");
        Optional<Path> driver = firstExecutable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            fail("""

                    ==========================================================================
                    NO HEADLESS BROWSER: the dashboard test needs Debian's chromium and
                    chromium-driver (missing: %s). Install them with
                        %s
                    (as root) and run the tests again. This test does not pass without them.
                    ==========================================================================
                    """.formatted(browser.isEmpty() && driver.isEmpty() ? "both"
                    : browser.isEmpty() ? "chromium" : "chromedriver", INSTALL));
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // --no-sandbox: Chromium refuses to run as root with its sandbox, and the build machines run as root.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,2600", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> firstExecutable(String... candidates) {
        return Stream.of(candidates).filter(candidate -> candidate != null && !candidate.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
