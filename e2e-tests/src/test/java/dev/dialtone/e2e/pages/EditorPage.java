package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

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
  }

  public Locator problems() {
    return page.locator("#problems");
  }

  /** The problem listed for a node in the problems panel. */
  public Locator problemFor(String nodeId) {
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

  public EditorPage publish() {
    publishButton().click();
    page.locator("#publish-result[data-outcome]").waitFor();
    return this;
  }

  /** "Version 1 published", or why it was not. */
  public Locator publishResult() {
    return page.locator("#publish-result");
  }

  public EditorPage reload() {
    page.reload();
    awaitCanvas();
    return this;
  }
}
