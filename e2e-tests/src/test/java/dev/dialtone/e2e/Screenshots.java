package dev.dialtone.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;

/** Saves what the person sees, for looking at it as a person would (target/screenshots). */
final class Screenshots {

  private Screenshots() {}

  static void take(Page page, String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(dir.resolve(name + ".png"))
            .setFullPage(true)
            // dialogs and notifications fade in and out: show them as they settle
            .setAnimations(ScreenshotAnimations.DISABLED));
  }
}
