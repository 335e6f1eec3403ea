package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.KeyboardModifier;
import com.microsoft.playwright.options.MouseButton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The editor: a flow's header and its React Flow canvas. */
public final class EditorPage {

  private final Page page;
  private final String baseUrl;

  public EditorPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public EditorPage open(String flowId) {
    page.navigate(baseUrl + "/flows/" + flowId);
    awaitCanvas();
    return this;
  }

  void awaitCanvas() {
    page.locator("#canvas .react-flow__node").first().waitFor();
  }

  public Locator flowName() {
    return page.locator("#flow-name");
  }

  /** "Not published" or "Published version N". */
  public Locator publishStatus() {
    return page.locator("#publish-status");
  }

  public Locator node(String id) {
    return page.locator("#canvas .react-flow__node[data-id='" + id + "']");
  }

  @SuppressWarnings("unchecked")
  public List<String> nodeIds() {
    return (List<String>)
        page.locator("#canvas .react-flow__node")
            .evaluateAll("nodes => nodes.map(n => n.dataset.id)");
  }

  public Locator edges() {
    return page.locator("#canvas .react-flow__edge");
  }

  public Locator minimap() {
    return page.locator("#canvas .react-flow__minimap");
  }

  public Locator minimapNodes() {
    return page.locator("#canvas .react-flow__minimap-node");
  }

  /** The canvas viewport's CSS transform: it changes when the person zooms or pans. */
  public String viewportTransform() {
    return (String)
        page.locator("#canvas .react-flow__viewport").evaluate("v => v.style.transform");
  }

  public void zoomIn() {
    page.locator("#canvas .react-flow__controls-zoomin").click();
  }

  public void fitView() {
    page.locator("#canvas .react-flow__controls-fitview").click();
    awaitStillViewport(); // the fit glides: nothing is where it will be until it ends
  }

  /** The problems list, in the side column's Problems tab (brought to the front). */
  public Locator problems() {
    showProblemsTab();
    return page.locator("#problems");
  }

  // The problems are read where a person reads them: in the Problems tab, brought to the front.
  private void showProblemsTab() {
    Locator tab = page.locator("#tab-problems");
    if (tab.count() > 0 && tab.getAttribute("selected") == null) {
      tab.click();
    }
  }

  /** The problem listed for a node in the problems panel. */
  public Locator problemFor(String nodeId) {
    showProblemsTab();
    return page.locator("#problems li[data-node='" + nodeId + "']");
  }

  /** True when the node's box carries the problem mark. */
  public boolean isMarked(String nodeId) {
    return (Boolean)
        node(nodeId).locator(".dt-node").evaluate("box => box.classList.contains('has-problems')");
  }

  public Locator publishButton() {
    return page.locator("#publish");
  }

  public Locator exportLink() {
    return page.locator("#export-flow");
  }

  /** Publishes without a note: Enter in the publish dialog. */
  public EditorPage publish() {
    return publish("");
  }

  /** Publishes with a note typed into the publish dialog, confirmed with Enter. */
  public EditorPage publish(String note) {
    publishButton().click();
    Locator field = page.locator("#publish-note input");
    field.waitFor();
    if (!note.isEmpty()) {
      field.fill(note);
    }
    field.press("Enter");
    page.locator("#publish-result[data-outcome]").waitFor();
    return this;
  }

  /** The banner above the canvas while it shows a version or a comparison (hidden otherwise). */
  public Locator versionBanner() {
    return page.locator("#version-banner");
  }

  public EditorPage backToDraft() {
    page.locator("#back-to-draft").click();
    return this;
  }

  /** "Version 1 published", or why it was not. */
  public Locator publishResult() {
    return page.locator("#publish-result");
  }

  // ---- Editing on the canvas ----------------------------------------------------------------

  /** A position on the canvas, in flow coordinates (what the document stores). */
  public record Point(double x, double y) {}

  /** The palette's tiles (hidden while the canvas is read-only). */
  public Locator palette() {
    return page.locator("#canvas [data-palette-type]");
  }

  public Locator paletteItem(String type) {
    return page.locator("#canvas [data-palette-type='" + type + "']");
  }

  /** Clicks a palette tile: the canvas adds the node near the middle of the view. */
  public EditorPage addFromPalette(String type) {
    paletteItem(type).click();
    return this;
  }

  /**
   * Drags a palette tile onto the canvas and drops it {@code x}, {@code y} pixels from the canvas
   * pane's top left corner. The drag is dispatched as DOM drag events: Playwright's own HTML5 drag
   * leaves Chromium's mouse state behind, which breaks the next mouse drag.
   */
  public EditorPage dragPaletteItem(String type, double x, double y) {
    paletteItem(type)
        .evaluate(
            """
            (tile, at) => {
              const data = new DataTransfer();
              tile.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true, dataTransfer: data}));
              const pane = tile.closest('dialtone-flow-canvas').querySelector('.react-flow').getBoundingClientRect();
              const init = {bubbles: true, cancelable: true, dataTransfer: data,
                            clientX: pane.left + at.x, clientY: pane.top + at.y};
              const target = document.elementFromPoint(init.clientX, init.clientY);
              for (const type of ['dragenter', 'dragover', 'drop']) {
                target.dispatchEvent(new DragEvent(type, init));
              }
              tile.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
            }
            """,
            Map.of("x", x, "y", y));
    return this;
  }

  /** An output port of a node (its handle), e.g. {@code port("route", "default")}. */
  public Locator port(String nodeId, String port) {
    return node(nodeId).locator(".react-flow__handle.source[data-handleid='" + port + "']");
  }

  /** Drags a wire from {@code from}'s {@code port} onto {@code to}'s input. */
  public EditorPage connect(String from, String port, String to) {
    pressOn(
        port(from, port),
        ".react-flow__node[data-id='"
            + from
            + "'] .react-flow__handle[data-handleid='"
            + port
            + "']");
    BoundingBox end = node(to).locator(".react-flow__handle.target").boundingBox();
    page.mouse()
        .move(end.x + end.width / 2, end.y + end.height / 2, new Mouse.MoveOptions().setSteps(12));
    page.mouse().up();
    return this;
  }

  /**
   * Presses the mouse button on {@code target}, and makes sure the press reached it: a box that
   * shifted by a few pixels between aiming and pressing (a late redraw) would otherwise take the
   * press, and the drag that follows would move the box instead. A missed press is released where
   * it is (a click, nothing moves) and tried again.
   */
  private void pressOn(Locator target, String selector) {
    for (int attempt = 1; ; attempt++) {
      awaitStillViewport();
      target.hover(); // Playwright waits until it holds still and is what the pointer hits
      page.evaluate(
          "s => { window.__dtPressed = null; document.addEventListener('pointerdown',"
              + " e => window.__dtPressed = !!e.target.closest(s), { capture: true, once: true }); }",
          selector);
      page.mouse().down();
      if (Boolean.TRUE.equals(page.evaluate("() => window.__dtPressed")) || attempt == 3) {
        return;
      }
      page.mouse().up();
    }
  }

  /** Waits out a viewport animation (focusing a node glides there), so positions hold still. */
  public EditorPage awaitStillViewport() {
    page.waitForFunction(
        """
        () => new Promise(done => {
          const v = document.querySelector('#canvas .react-flow__viewport');
          const first = v.style.transform;
          setTimeout(() => done(v.style.transform === first), 150);
        })
        """);
    return this;
  }

  /** Drags a node (and whatever else is selected with it) by dx, dy screen pixels. */
  public EditorPage dragNode(String nodeId, double dx, double dy) {
    Locator head = node(nodeId).locator(".dt-head");
    pressOn(head, ".react-flow__node[data-id='" + nodeId + "'] .dt-head");
    BoundingBox box = head.boundingBox(); // the pointer is at its centre
    double x = box.x + box.width / 2;
    double y = box.y + box.height / 2;
    // The drag starts with the first move and does not count it: make that one a single pixel.
    page.mouse().move(x + Math.signum(dx), y + Math.signum(dy));
    page.mouse().move(x + dx, y + dy, new Mouse.MoveOptions().setSteps(12));
    page.mouse().up();
    return this;
  }

  /** Selects exactly these nodes: a click on the first, shift-clicks on the rest. */
  public EditorPage select(String... nodeIds) {
    for (int i = 0; i < nodeIds.length; i++) {
      Locator head = node(nodeIds[i]).locator(".dt-head");
      if (i == 0) {
        head.click();
      } else {
        head.click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
      }
    }
    return this;
  }

  /** The wire from {@code from}'s {@code port} to {@code to}. */
  public Locator edge(String from, String port, String to) {
    return page.locator(
        "#canvas .react-flow__edge[data-id^='" + from + ":" + port + "->" + to + "#']");
  }

  /** Clicks a wire in the middle of its path (shift: add it to the selection). */
  public EditorPage selectEdge(String from, String port, String to, boolean add) {
    Map<String, Number> at = edgePoint(from, port, to);
    if (add) {
      page.keyboard().down("Shift");
    }
    page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
    if (add) {
      page.keyboard().up("Shift");
    }
    return this;
  }

  /** Right-clicks a wire where it can be clicked; its menu opens. */
  public EditorPage rightClickEdge(String from, String port, String to) {
    awaitStillViewport(); // a point taken during a glide misses the wire
    Map<String, Number> at = edgePoint(from, port, to);
    page.mouse()
        .click(
            at.get("x").doubleValue(),
            at.get("y").doubleValue(),
            new Mouse.ClickOptions().setButton(MouseButton.RIGHT));
    return this;
  }

  public EditorPage rightClickNode(String nodeId) {
    awaitStillViewport();
    node(nodeId).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    return this;
  }

  /** The canvas's right-click menu. */
  public Locator contextMenu() {
    return page.locator("#canvas .dt-menu");
  }

  public EditorPage chooseFromMenu(String item) {
    contextMenu().locator("[data-item='" + item + "']").click();
    return this;
  }

  private Map<String, Number> edgePoint(String from, String port, String to) {
    @SuppressWarnings("unchecked")
    Map<String, Number> at =
        (Map<String, Number>)
            edge(from, port, to)
                .evaluate(
                    """
                    edge => {
                      const path = edge.querySelector('.react-flow__edge-interaction')
                          ?? edge.querySelector('.react-flow__edge-path');
                      const length = path.getTotalLength();
                      const at = s => {
                        const p = path.getPointAtLength(s);
                        return new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
                      };
                      // from the middle outwards, the first point where the wire is on top
                      // (a wire drawn under a box cannot be clicked there)
                      for (let d = 0; d <= length / 2; d += 4) {
                        for (const s of [length / 2 + d, length / 2 - d]) {
                          const q = at(s);
                          if (document.elementFromPoint(q.x, q.y)?.closest('.react-flow__edge') === edge) {
                            return {x: q.x, y: q.y};
                          }
                        }
                      }
                      const middle = at(length / 2);
                      return {x: middle.x, y: middle.y};
                    }
                    """);
    return at;
  }

  @SuppressWarnings("unchecked")
  public List<String> selectedNodeIds() {
    return (List<String>)
        page.locator("#canvas .react-flow__node.selected")
            .evaluateAll("nodes => nodes.map(n => n.dataset.id)");
  }

  public Locator selectedEdges() {
    return page.locator("#canvas .react-flow__edge.selected");
  }

  /** Gives the canvas the keyboard (unless something in it has it already). */
  public EditorPage focusCanvas() {
    page.locator("#canvas .dt-canvas")
        .evaluate("c => { if (!c.contains(document.activeElement)) c.focus(); }");
    return this;
  }

  /** Presses keys on the canvas, e.g. {@code pressKeys("Control+c", "Control+v")} or "Delete". */
  public EditorPage pressKeys(String... keys) {
    focusCanvas();
    Arrays.stream(keys).forEach(page.keyboard()::press);
    return this;
  }

  /** Where the node is drawn, in flow coordinates. */
  @SuppressWarnings("unchecked")
  public Point nodePosition(String nodeId) {
    Map<String, Number> at =
        (Map<String, Number>)
            node(nodeId)
                .evaluate(
                    """
                    n => {
                      const m = new DOMMatrixReadOnly(n.style.transform);
                      return {x: m.m41, y: m.m42};
                    }
                    """);
    return new Point(at.get("x").doubleValue(), at.get("y").doubleValue());
  }

  /** "active" (running now), "visited" (on the call's path) or null. */
  public String runState(String nodeId) {
    return node(nodeId).getAttribute("data-run");
  }

  /** How long the node took on the shown call, e.g. "1.2 s" (absent when unknown). */
  public Locator durationBadge(String nodeId) {
    return node(nodeId).locator(".dt-duration");
  }

  /** The wires the shown call took. */
  public Locator takenEdges() {
    return page.locator("#canvas .react-flow__edge[data-taken='true']");
  }

  /**
   * Reloads the page, leaving it even if the browser asks first; true when it asked (the draft had
   * unsaved changes). Browsers only ask once the person has interacted with the page.
   */
  public boolean reloadAskingBeforeLeaving() {
    AtomicBoolean asked = new AtomicBoolean();
    Consumer<Dialog> leave =
        dialog -> {
          asked.compareAndSet(false, "beforeunload".equals(dialog.type()));
          dialog.accept();
        };
    page.onDialog(leave);
    try {
      reload();
    } finally {
      page.offDialog(leave);
    }
    return asked.get();
  }

  public EditorPage reload() {
    page.reload();
    awaitCanvas();
    return this;
  }

  // ---- Layout, find, reconnect -------------------------------------------------------------

  /** Presses Tidy up and waits until the laid-out positions are in the working copy. */
  /** How many times ELK laid out a flow in this page (flow-canvas-layout.ts measures each run). */
  public int layoutRuns() {
    return ((Number)
            page.evaluate("() => performance.getEntriesByName('dialtone:elk-layout').length"))
        .intValue();
  }

  /** Whether the last layout the canvas asked for took an earlier run's result instead of ELK. */
  public boolean lastLayoutReused() {
    return (Boolean)
        page.evaluate(
            "() => { const m = performance.getEntriesByName('dialtone:layout');"
                + " return m.length > 0 && m[m.length - 1].detail.reused; }");
  }

  public EditorPage tidyUp() {
    page.locator("#tidy-up").click();
    page.locator("#save-state[data-dirty='true']").waitFor();
    awaitStillViewport();
    return this;
  }

  /** Pairs of boxes whose drawn rectangles overlap, as "a/b". */
  @SuppressWarnings("unchecked")
  public List<String> overlappingNodes() {
    return (List<String>)
        page.locator("#canvas")
            .evaluate(
                """
                canvas => {
                  const boxes = [...canvas.querySelectorAll('.react-flow__node')]
                      .map(n => ({id: n.dataset.id, r: n.getBoundingClientRect()}));
                  const out = [];
                  for (let i = 0; i < boxes.length; i++) {
                    for (let j = i + 1; j < boxes.length; j++) {
                      const a = boxes[i].r, b = boxes[j].r;
                      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                        out.push(boxes[i].id + '/' + boxes[j].id);
                      }
                    }
                  }
                  return out;
                }
                """);
  }

  /**
   * Wires whose drawn path passes through a box that is neither of its ends, as "wire crosses
   * node": the path is sampled every 3 px in screen coordinates ({@code onlyTaken}: only the wires
   * of the call's path).
   */
  @SuppressWarnings("unchecked")
  public List<String> wiresThroughNodes(boolean onlyTaken) {
    return (List<String>)
        page.locator("#canvas")
            .evaluate(
                """
                (canvas, onlyTaken) => {
                  const boxes = [...canvas.querySelectorAll('.react-flow__node')]
                      .map(n => ({id: n.dataset.id, r: n.getBoundingClientRect()}));
                  const hits = new Set();
                  for (const edge of canvas.querySelectorAll('.react-flow__edge')) {
                    if (onlyTaken && edge.dataset.taken !== 'true') continue;
                    const id = edge.dataset.id;
                    const from = id.substring(0, id.indexOf(':'));
                    const to = id.substring(id.indexOf('->') + 2, id.lastIndexOf('#'));
                    const path = edge.querySelector('.react-flow__edge-path');
                    const m = path.getScreenCTM();
                    const length = path.getTotalLength();
                    for (let s = 0; s <= length; s += 3) {
                      const p = path.getPointAtLength(s);
                      const q = new DOMPoint(p.x, p.y).matrixTransform(m);
                      for (const b of boxes) {
                        if (b.id === from || b.id === to) continue;
                        const r = b.r;
                        if (q.x > r.left + 1 && q.x < r.right - 1 && q.y > r.top + 1 && q.y < r.bottom - 1) {
                          hits.add(id + ' crosses ' + b.id);
                        }
                      }
                    }
                  }
                  return [...hits];
                }
                """,
                onlyTaken);
  }

  /** How many wires are drawn along the layout's routes (not as plain smooth steps). */
  public int routedWireCount() {
    return ((Number)
            page.locator("#canvas")
                .evaluate(
                    "c => c.querySelectorAll('.react-flow__edge.react-flow__edge-routed').length"))
        .intValue();
  }

  /** Opens Ctrl+F and types {@code text}. */
  public EditorPage find(String text) {
    awaitStillViewport();
    page.locator("#canvas .react-flow__pane").click(new Locator.ClickOptions().setPosition(5, 5));
    page.keyboard().press("Control+f");
    page.locator("#canvas .dt-find-input").fill(text);
    return this;
  }

  public Locator findStatus() {
    return page.locator("#canvas .dt-find-status");
  }

  /** How far (in screen px) the node's centre is from the centre of the canvas pane. */
  public double distanceFromPaneCentre(String nodeId) {
    awaitStillViewport();
    BoundingBox pane = page.locator("#canvas .react-flow").boundingBox();
    BoundingBox box = node(nodeId).boundingBox();
    return Math.hypot(
        box.x + box.width / 2 - (pane.x + pane.width / 2),
        box.y + box.height / 2 - (pane.y + pane.height / 2));
  }

  /** Drags the arrow end of the wire {@code from.port → oldTo} onto {@code newTo}'s input. */
  public EditorPage reconnect(String from, String port, String oldTo, String newTo) {
    awaitStillViewport();
    BoundingBox end =
        edge(from, port, oldTo).locator(".react-flow__edgeupdater-target").boundingBox();
    BoundingBox target = node(newTo).locator(".react-flow__handle.target").boundingBox();
    // grab the wire just above its arrow: the arrow itself lies under the target's input handle
    double x = end.x + end.width / 2;
    double y = end.y + end.height / 2 - end.height * 0.35;
    page.mouse().move(x, y);
    page.mouse().down();
    page.mouse().move(x + 2, y + 2);
    page.mouse()
        .move(
            target.x + target.width / 2,
            target.y + target.height / 2,
            new Mouse.MoveOptions().setSteps(15));
    page.mouse().up();
    return this;
  }
}
