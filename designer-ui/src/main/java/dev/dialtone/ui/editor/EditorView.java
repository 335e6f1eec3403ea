package dev.dialtone.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.flows.StoredFlow;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.flows.FlowExport;
import dev.dialtone.ui.flows.FlowsView;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;

/**
 * One flow on the canvas, as stored. A draft with problems still opens: they are listed beside the
 * canvas and their nodes are marked.
 */
@Route("flows/:id")
@PermitAll
public class EditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  private final transient FlowService flows;
  private final transient CanvasGraphs graphs;
  private final transient CurrentUser user;
  private final FlowCanvas canvas = new FlowCanvas();
  private final ProblemsPanel problems = new ProblemsPanel();
  private final Span publishResult = new Span();
  private String title = "Flow · Dialtone";

  public EditorView(FlowService flows, FlowCompiler compiler, CurrentUser user) {
    this.flows = flows;
    this.user = user;
    this.graphs = new CanvasGraphs(compiler.nodeTypes());
    addClassNames("page", "editor");
    canvas.setId("canvas");
    canvas.addClassName("editor-canvas");
    publishResult.setId("publish-result");
    publishResult.addClassName("publish-result");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(EditorView::uuid);
    try {
      show(flows.get(id.orElseThrow(() -> new NotFoundException("no such flow"))));
    } catch (NotFoundException e) {
      showMissing();
    }
  }

  private void show(FlowView view) {
    StoredFlow flow = view.flow();
    publishResult.setText("");
    publishResult.getElement().removeAttribute("data-outcome");
    title = flow.name() + " · Dialtone";
    removeAll();
    problems.show(view.problems());
    if (view.document() != null) {
      canvas.setGraph(graphs.of(view.document(), view.problems()));
    }
    Div body = new Div(view.document() != null ? canvas : unreadable(), problems);
    body.addClassName("editor-body");
    add(header(flow), body);
  }

  private Component header(StoredFlow flow) {
    H2 name = new H2(flow.name());
    name.setId("flow-name");
    Span revision = new Span("Draft revision " + flow.revision());
    Integer published = flow.latestPublishedVersion();
    Span status = new Span(published == null ? "Not published" : "Published version " + published);
    status.addClassNames("status", published == null ? "status-draft" : "status-published");
    Div meta = new Div(revision, status);
    meta.addClassName("editor-meta");
    Div actions = new Div(publishResult, exportLink(flow));
    actions.addClassName("editor-actions");
    if (user.canEdit()) {
      actions.add(publishButton(flow));
    }
    Div header = new Div(backLink(), name, meta, actions);
    header.addClassName("editor-header");
    return header;
  }

  private Component exportLink(StoredFlow flow) {
    Anchor export = new Anchor(FlowExport.of(flows, flow.id(), flow.name()), "");
    export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export"));
    export.setId("export-flow");
    export.addClassName("text-link");
    return export;
  }

  private Button publishButton(StoredFlow flow) {
    Button publish =
        new Button("Publish", VaadinIcon.UPLOAD_ALT.create(), click -> publish(flow.id()));
    publish.setId("publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.setDisableOnClick(true); // the feedback while it compiles and deploys
    return publish;
  }

  /** Publishes the stored draft; shows the new version, or the problems that stop it. */
  private void publish(UUID id) {
    FlowView view;
    try {
      int version = flows.publish(id, user.name());
      view = flows.get(id);
      show(view);
      publishResult.setText("Version " + version + " published");
      publishResult.getElement().setAttribute("data-outcome", "published");
      Messages.success("“" + view.flow().name() + "” published as version " + version);
    } catch (InvalidInputException e) {
      view = flows.get(id);
      show(view);
      problems.show(e.problems());
      if (view.document() != null) {
        canvas.setGraph(graphs.of(view.document(), e.problems()));
      }
      int count = e.problems().size();
      publishResult.setText(
          "Not published: " + count + (count == 1 ? " problem stops it" : " problems stop it"));
      publishResult.getElement().setAttribute("data-outcome", "refused");
      Messages.error("Not published: fix the problems listed beside the canvas first");
    } catch (NotFoundException e) {
      showMissing();
    }
  }

  private static Component backLink() {
    RouterLink back = new RouterLink("", FlowsView.class);
    back.add(VaadinIcon.ARROW_LEFT.create(), new Span("Flows"));
    back.addClassName("back-link");
    return back;
  }

  private static Component unreadable() {
    Div message =
        new Div(
            new Paragraph("This draft can no longer be read as a flow, so it cannot be drawn."),
            new Paragraph(
                "Its problems are listed here; import a corrected document to replace it."));
    message.addClassName("empty-state");
    return message;
  }

  private void showMissing() {
    title = "Flow not found · Dialtone";
    removeAll();
    Div message = new Div(new Paragraph("This flow does not exist (any more)."), backLink());
    message.addClassName("empty-state");
    add(message);
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
