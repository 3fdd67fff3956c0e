package io.ledgerline.app.dashboard;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for a test class ({@link HeadlessChromium}): started before its first test, signed out
 * (cookies dropped) after each, closed after its last. Register it as a static {@code @RegisterExtension} field.
 */
final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private ChromeDriver browser;

    ChromeDriver browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = HeadlessChromium.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser.manage().deleteAllCookies();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }
}
