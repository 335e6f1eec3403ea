package dev.dialtone.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every journey shares, started once per test run: the application and one headless Debian
 * Chromium. Playwright never downloads a browser of its own.
 */
final class E2eEnvironment implements ExtensionContext.Store.CloseableResource {

  private static final List<String> CHROMIUM_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  final DialtoneApp app;
  final Api api;
  final Playwright playwright;
  final Browser browser;

  private E2eEnvironment(DialtoneApp app, Playwright playwright, Browser browser) {
    this.app = app;
    this.api = new Api(app);
    this.playwright = playwright;
    this.browser = browser;
  }

  static E2eEnvironment start() throws Exception {
    DialtoneApp app =
        DialtoneApp.start(
            Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar")));
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
    return new E2eEnvironment(app, playwright, browser);
  }

  @Override
  public void close() throws Exception {
    try {
      browser.close();
      playwright.close();
    } finally {
      app.close();
    }
  }
}
