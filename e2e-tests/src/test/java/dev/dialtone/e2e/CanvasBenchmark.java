package dev.dialtone.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.dialtone.e2e.pages.LoginPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the editor copes with a big flow, in a real headless chromium against the packaged app: the
 * time from navigating to a flow of N nodes until every node is drawn, and how smoothly a node
 * drags (frame intervals during the drag, and the time until the server has the move). A program
 * that prints figures, not a test; see the README for its command.
 */
public final class CanvasBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CanvasBenchmark() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int opens = Integer.parseInt(System.getProperty("bench.opens", "5"));
    int layoutSize = Integer.parseInt(System.getProperty("bench.layout.nodes", "0"));
    E2eEnvironment env = E2eEnvironment.start();
    try {
      String id = env.api.createFlow(flow(size).toString()).get("id").asString();
      var context =
          env.browser.newContext(
              new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900));
      // Where an open's time goes: when the first box appears (rAF polling from the page's start).
      context.addInitScript(
          "(() => { const t = () => { if (document.querySelector('#canvas .react-flow__node')) {"
              + " window.__firstBox = performance.now(); } else { requestAnimationFrame(t); } };"
              + " requestAnimationFrame(t); })()");
      Page page = context.newPage();
      page.setDefaultTimeout(60_000);
      String base = env.app.baseUri().toString();
      new LoginPage(page, base).open().logInAs(DialtoneApp.ADMIN, env.app.adminPassword());
      System.out.printf("Canvas benchmark: a flow of %d nodes, %d opens%n", size, opens);
      opens(page, base + "/flows/" + id, size, opens, "open (grid positions)");
      tidyUp(page, size, "right after opening");
      opens(page, base + "/flows/" + id, size, opens, "open (after auto layout, saved)");
      drag(page, size);
      if (layoutSize > 0) {
        // The layout target is set for a smaller flow: lay one out on its own.
        String small = env.api.createFlow(flow(layoutSize).toString()).get("id").asString();
        open(page, base + "/flows/" + small, layoutSize);
        tidyUp(page, layoutSize, "right after opening");
        // A changed flow (one box more) cannot reuse the layout found on opening: ELK runs again.
        page.locator("#canvas [data-palette-type='talk']").click();
        page.locator("#canvas .react-flow__node").nth(layoutSize).waitFor();
        tidyUp(page, layoutSize + 1, "after adding a box");
      }
      context.close();
    } finally {
      env.close();
    }
  }

  private static void opens(Page page, String url, int size, int opens, String what) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < opens; i++) {
      times.add(open(page, url, size));
      @SuppressWarnings("unchecked")
      List<Number> parts =
          (List<Number>)
              page.evaluate(
                  "() => { const n = performance.getEntriesByType('navigation')[0];"
                      + " const init = performance.getEntriesByType('resource')"
                      + ".find(e => e.name.includes('v-r=init'));"
                      + " return [n.responseEnd, n.domContentLoadedEventEnd,"
                      + " init ? init.requestStart : -1, init ? init.responseStart : -1,"
                      + " init ? init.responseEnd : -1, window.__firstBox ?? -1]; }");
      System.out.printf(
          "  %s %d: %.0f ms (page %.0f ms, scripts run %.0f ms, view asked %.0f ms, server's"
              + " answer starts %.0f ms and ends %.0f ms, first box drawn %.0f ms)%n",
          what,
          i + 1,
          times.getLast(),
          parts.get(0).doubleValue(),
          parts.get(1).doubleValue(),
          parts.get(2).doubleValue(),
          parts.get(3).doubleValue(),
          parts.get(4).doubleValue(),
          parts.get(5).doubleValue());
    }
    List<Double> sorted = times.stream().sorted().toList();
    System.out.printf(
        "%s: first %.0f ms, median %.0f ms, worst %.0f ms%n",
        what, times.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast());
  }

  /**
   * Tidy up: milliseconds from the click until the editor has the laid-out positions (unsaved
   * changes shown), the boxes are drawn there and the browser has painted a frame after the fit
   * that follows; then saves them for the next opens.
   */
  private static void tidyUp(Page page, int size, String what) {
    // A box in view (a big flow keeps only those in the page): drawn elsewhere once laid out, or
    // gone from the page because its new place is out of view.
    Locator shown = page.locator("#canvas .react-flow__node").first();
    String id = shown.getAttribute("data-id");
    String before = (String) shown.evaluate("n => n.style.transform");
    page.evaluate("() => performance.clearMeasures()");
    // Where the time goes, in the page's own clock (what the person sees, without this driver's
    // round trips to the browser): the click; the canvas reporting the laid-out positions (after
    // the server asked for the layout); the box drawn at its new place (or taken out of the page,
    // its new place being out of view); the viewport fitted to the new layout; and the frame
    // painted after the last of these.
    page.evaluate(
        """
        id => {
          const t = window.__tidy = {};
          const paint = () => requestAnimationFrame(() => requestAnimationFrame(
              () => t.painted = Math.max(t.painted ?? 0, performance.now())));
          document.querySelector('#tidy-up').addEventListener('click',
              () => t.click = performance.now(), { once: true, capture: true });
          document.querySelector('dialtone-flow-canvas').addEventListener('canvas-edit',
              () => t.edit = t.edit ?? performance.now());
          const box = document.querySelector(`#canvas .react-flow__node[data-id='${id}']`);
          const drawn = () => { if (!t.drawn) { t.drawn = performance.now(); paint(); } };
          new MutationObserver(drawn).observe(box, { attributes: true, attributeFilter: ['style'] });
          new MutationObserver(() => { if (!box.isConnected) drawn(); })
              .observe(box.parentElement, { childList: true });
          new MutationObserver(() => { if (t.drawn && !t.fitted) { t.fitted = performance.now(); paint(); } })
              .observe(document.querySelector('#canvas .react-flow__viewport'),
                  { attributes: true, attributeFilter: ['style'] });
        }
        """,
        id);
    long start = System.nanoTime();
    page.locator("#tidy-up").click();
    page.locator("#save-state[data-dirty='true']").waitFor();
    page.waitForFunction(
        "([id, b]) => { const n = document.querySelector(`#canvas .react-flow__node[data-id='${id}']`);"
            + " return !n || n.style.transform !== b; }",
        List.of(id, before));
    // the fit after the new places is an effect of that render: two frames later it is painted
    page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))");
    double total = (System.nanoTime() - start) / 1e6;
    // flow-canvas-layout.ts measures the wait for the layout (an earlier run's result reused, or
    // still running, or a new one) and each run of ELK (in its web worker); only this click's.
    @SuppressWarnings("unchecked")
    List<Object> measured =
        (List<Object>)
            page.evaluate(
                "() => { const l = performance.getEntriesByName('dialtone:layout');"
                    + " const e = performance.getEntriesByName('dialtone:elk-layout');"
                    + " const last = l[l.length - 1];"
                    + " return [last ? last.duration : -1, last ? last.detail.reused : false,"
                    + " e.length ? e[e.length - 1].duration : -1]; }");
    boolean reused = (Boolean) measured.get(1);
    page.waitForFunction(
        "() => { const t = window.__tidy; return t.painted !== undefined && !(t.fitted > t.painted); }");
    @SuppressWarnings("unchecked")
    Map<String, Object> phases = (Map<String, Object>) page.evaluate("() => window.__tidy");
    double click = ((Number) phases.get("click")).doubleValue();
    java.util.function.Function<String, String> at =
        phase ->
            phases.containsKey(phase)
                ? Long.toString(Math.round(((Number) phases.get(phase)).doubleValue() - click))
                : "-";
    System.out.printf(
        "auto layout (Tidy up) of %d nodes, %s: %s ms from the click until the laid-out flow is"
            + " drawn, fitted and painted (the page's clock; this driver saw %.0f ms with its own"
            + " round trips to the browser)%n"
            + "  phases: the canvas reports the positions at %s ms (it waited %.0f ms for the"
            + " layout: %s), a box drawn at its new place at %s ms, the view fitted at %s ms%n",
        size,
        what,
        at.apply("painted"),
        total,
        at.apply("edit"),
        ((Number) measured.get(0)).doubleValue(),
        reused
            ? "the layout found on opening, reused"
            : "ELK ran " + Math.round(((Number) measured.get(2)).doubleValue()) + " ms",
        at.apply("drawn"),
        at.apply("fitted"));
    page.locator("#save").click();
    page.locator("#save-state[data-dirty='false']").waitFor();
  }

  /**
   * Milliseconds from navigation until every node is measured (the minimap has a box for each, and
   * it draws only measured ones) and every box in the page is visible. A big flow keeps only the
   * boxes in view in the page, so counting the boxes in the page would never reach N.
   */
  private static double open(Page page, String url, int size) {
    long start = System.nanoTime();
    page.navigate(url);
    try {
      awaitOpened(page, size);
    } catch (com.microsoft.playwright.TimeoutError e) {
      System.out.println(
          "the open did not finish; the page had: "
              + page.evaluate(
                  "() => { const nodes = [...document.querySelectorAll('#canvas .react-flow__node')];"
                      + " return JSON.stringify({minimap: document.querySelectorAll('#canvas"
                      + " .react-flow__minimap-node').length, inPage: nodes.length,"
                      + " zero: nodes.filter(e => e.offsetWidth === 0).length,"
                      + " hidden: nodes.filter(e => getComputedStyle(e).visibility === 'hidden')"
                      + ".map(e => e.dataset.id + ' ' + e.style.transform).slice(0, 5),"
                      + " viewport: document.querySelector('#canvas .react-flow__viewport')"
                      + ".style.transform}); }"));
      throw e;
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void awaitOpened(Page page, int size) {
    page.waitForFunction(
        "n => { const nodes = [...document.querySelectorAll('#canvas .react-flow__node')];"
            + " return document.querySelectorAll('#canvas .react-flow__minimap-node').length >= n"
            + " && nodes.length > 0 && nodes.every(e => e.offsetWidth > 0"
            + " && getComputedStyle(e).visibility !== 'hidden'); }",
        size);
  }

  private static void drag(Page page, int size) {
    page.evaluate(
        "() => { window.__frames = []; let last = performance.now();"
            + " const tick = t => { window.__frames.push(t - last); last = t;"
            + " if (window.__frames.length < 100000) requestAnimationFrame(tick); };"
            + " requestAnimationFrame(tick); }");
    // The fit on opening keeps text readable and so shows only the top of a big flow: show all of
    // it, so that the dragged box is on screen.
    page.locator("#canvas .react-flow__controls-fitview").click();
    page.waitForTimeout(500); // the fit animates
    Locator node = page.locator("#canvas .react-flow__node[data-id='n" + (size / 2) + "']");
    BoundingBox box = node.boundingBox();
    String before = (String) node.evaluate("n => n.style.transform");
    double x = box.x + box.width / 2;
    double y = box.y + box.height / 2; // fitted, a box may be only a few pixels high
    page.evaluate("() => { window.__frames = []; }");
    long start = System.nanoTime();
    page.mouse().move(x, y);
    page.mouse().down();
    int steps = 30;
    for (int i = 1; i <= steps; i++) {
      page.mouse().move(x + i * 6, y + i * 4);
    }
    long released = System.nanoTime();
    page.mouse().up();
    double dragMs = (released - start) / 1e6;
    page.waitForFunction(
        "b => document.querySelector(\"#canvas .react-flow__node[data-id='n"
            + (size / 2)
            + "']\").style.transform !== b",
        before);
    page.locator("#save-state[data-dirty='true']").waitFor();
    long saved = System.nanoTime();
    double savedMs = (saved - start) / 1e6;
    // The figure that counts for editing: from letting go of the box until the editor has the move
    // (the time above also holds the drag itself).
    double afterReleaseMs = (saved - released) / 1e6;
    @SuppressWarnings("unchecked")
    List<Number> frames = (List<Number>) page.evaluate("() => window.__frames");
    List<Double> intervals = frames.stream().map(Number::doubleValue).sorted().toList();
    double p95 = intervals.isEmpty() ? 0 : intervals.get((int) (intervals.size() * 0.95));
    double worst = intervals.isEmpty() ? 0 : intervals.getLast();
    System.out.printf(
        "drag: %d mouse steps in %.0f ms (%.1f ms a step); frame interval p95 %.1f ms, worst %.1f"
            + " ms over %d frames; the editor had the move (unsaved changes shown) after %.0f ms,"
            + " %.0f ms after the release%n",
        steps, dragMs, dragMs / steps, p95, worst, intervals.size(), savedMs, afterReleaseMs);
  }

  /** start, then a chain of talk → digits → branch (both ports onward) …, then hangup; a grid. */
  static ObjectNode flow(int size) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("format", "dialtone.flow/1");
    doc.put("name", Fixtures.unique("Big flow " + size));
    ArrayNode nodes = doc.putArray("nodes");
    ArrayNode edges = doc.putArray("edges");
    for (int i = 0; i < size; i++) {
      ObjectNode node = nodes.addObject();
      node.put("id", "n" + i);
      node.put("x", 40 + (i % 20) * 200);
      node.put("y", 40 + (i / 20) * 160);
      String type = i == 0 ? "start" : i == size - 1 ? "hangup" : pattern(i);
      node.put("type", type);
      ObjectNode options = JSON.createObjectNode();
      switch (type) {
        case "talk" -> options.put("text", "Prompt number " + i + ", please listen carefully");
        case "digits" -> options.put("max_digits", 1);
        case "branch" -> options.put("variable", "digits").putArray("cases").add("1");
        default -> {}
      }
      if (!options.isEmpty()) {
        node.set("options", options);
      }
      if (i > 0) {
        String from = "n" + (i - 1);
        String previous = i - 1 == 0 ? "start" : pattern(i - 1);
        if (previous.equals("branch")) {
          edges.addObject().put("from", from).put("port", "1").put("to", "n" + i);
          edges.addObject().put("from", from).put("port", "default").put("to", "n" + i);
        } else {
          edges.addObject().put("from", from).put("to", "n" + i);
        }
      }
    }
    return doc;
  }

  private static String pattern(int i) {
    return switch (i % 3) {
      case 1 -> "talk";
      case 2 -> "digits";
      default -> "branch";
    };
  }
}
