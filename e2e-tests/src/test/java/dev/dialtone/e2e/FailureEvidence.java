package dev.dialtone.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed journey leaves for whoever reads the build's output (often only its last lines on
 * CI): for each page the address, the side column's text, the browser's console errors, and the
 * application's warnings logged while the journey ran. It is added to the failure's message.
 */
final class FailureEvidence {

  private static final String SIDE_COLUMN =
      "() => { const t = s => (document.querySelector(s)?.innerText ?? '(none)')"
          + ".replace(/\\s+/g, ' ').slice(0, 300);"
          + " return 'selected tab: ' + t('vaadin-tab[selected]') + ' | problems: ' + t('#problems')"
          + " + ' | toolbar: ' + t('#publish-result') + ' | properties: ' + t('#property-panel'); }";

  private final DialtoneApp app;
  private final int logStart;
  private final List<Page> pages = new ArrayList<>();
  private final List<String> console = new ArrayList<>();

  FailureEvidence(DialtoneApp app) {
    this.app = app;
    this.logStart = app.logLines().size();
  }

  Page watch(Page page) {
    pages.add(page);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type()) || "warning".equals(message.type())) {
            remember("console " + message.type() + ": " + message.text());
          }
        });
    page.onPageError(error -> remember("page error: " + error));
    return page;
  }

  private synchronized void remember(String line) {
    if (console.size() < 20) {
      console.add(line);
    }
  }

  synchronized String describe(String testName) {
    StringBuilder text = new StringBuilder("\n--- what the journey left ---");
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      text.append("\npage ").append(i + 1).append(": ").append(page.url());
      try {
        text.append("\n  ").append(page.evaluate(SIDE_COLUMN));
        Screenshots.take(page, "failed-" + testName + "-" + (i + 1));
      } catch (RuntimeException e) {
        text.append("\n  (page not readable: ")
            .append(e.getMessage().lines().findFirst().orElse(""));
      }
    }
    console.forEach(line -> text.append("\n").append(line));
    List<String> log = app.logLines();
    log.subList(Math.min(logStart, log.size()), log.size()).stream()
        .filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
        .limit(20)
        .forEach(line -> text.append("\napp: ").append(line));
    return text.toString();
  }
}
