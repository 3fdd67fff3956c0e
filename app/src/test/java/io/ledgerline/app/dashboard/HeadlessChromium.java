package io.ledgerline.app.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium}, driven headless through Debian's {@code chromedriver}. Both are found on the PATH (or in
 * /usr/bin) and handed to Selenium explicitly, so Selenium never tries to download a browser or a driver. Without
 * them the dashboard test fails with a message saying how to install them: a browser test that passes without a
 * browser would prove nothing.
 */
final class HeadlessChromium {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Optional<Path> browser = executable("chromium", "chromium-browser");
        Optional<Path> driver = executable("chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = (browser.isEmpty() ? "chromium " : "") + (driver.isEmpty() ? "chromedriver" : "");
            String message = """

                    ************************************************************************************
                    *  NO HEADLESS BROWSER: the dashboard test needs Debian's chromium and chromedriver. *
                    *  Missing: %-71s *
                    *  Install them (as root):  %-55s *
                    *  See README.md, "Tests". This test fails until they are installed.                *
                    ************************************************************************************
                    """.formatted(missing.trim(), INSTALL);
            System.err.println(message);
            throw new AssertionError(message);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--lang=en-US", "--no-first-run", "--disable-extensions");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to run its sandbox as root
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> executable(String... names) {
        List<String> directories = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Arrays.stream(names)
                .flatMap(name -> Stream.concat(directories.stream(), Stream.of("/usr/bin"))
                        .filter(directory -> !directory.isBlank())
                        .map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
