package dev.dialtone.ui.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.flows.StoredFlow;
import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupService;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.scenarios.ScenarioResult;
import dev.dialtone.runtime.scenarios.ScenarioService;
import dev.dialtone.ui.editor.EditorToolbar.Action;
import dev.dialtone.ui.editor.history.HistoryPanel;
import dev.dialtone.ui.editor.history.VersionHistory;
import dev.dialtone.ui.editor.properties.GroupChoices;
import dev.dialtone.ui.editor.properties.PropertyPanel;
import dev.dialtone.ui.editor.scenarios.ScenariosPanel;
import dev.dialtone.ui.editor.testcall.TestCallPanel;
import dev.dialtone.ui.editor.testcall.TestCallSession;
import dev.dialtone.ui.flows.FlowExport;
import dev.dialtone.ui.flows.FlowsView;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One flow's draft on the canvas, edited as a working copy: changes are validated as they are made
 * and stored only on save. A draft with problems still opens: they are listed beside the canvas and
 * their nodes are marked.
 */
@Route("flows/:id")
@PermitAll
public class EditorView extends Main
    implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

  private final transient FlowService flows;
  private final transient ScenarioService scenarios;
  private final transient CurrentUser user;
  private final transient TestCallSession testCalls;
  private final FlowCanvas canvas = new FlowCanvas();
  private final ProblemsPanel problems = new ProblemsPanel();
  private final PropertyPanel properties;
  private final DraftEditor editor;
  private final EditorToolbar toolbar;
  private final Span saveState = new Span();
  private final Span publishResult = new Span();
  private final DraftSaving saving;
  private final SidePanels side;
  private final HistoryPanel history;
  private final ScenariosPanel scenariosPanel;
  private final ShortcutSheet shortcuts = new ShortcutSheet();
  private final PublishDialog publishDialog = new PublishDialog(this::publish);
  private final VersionBanner banner = new VersionBanner();
  private final VersionViewing viewing;
  private TestCallPanel testCallPanel;
  private StoredFlow flow;
  private FlowDocument publishedDocument;
  private String title = "Flow · Dialtone";

  public EditorView(
      FlowService flows,
      ScenarioService scenarios,
      FlowCompiler compiler,
      CurrentUser user,
      TestCallSession testCalls,
      GroupService groups) {
    this.flows = flows;
    this.scenarios = scenarios;
    this.testCalls = testCalls;
    this.user = user;
    this.properties = new PropertyPanel(compiler.nodeTypes(), compiler, groupNames(groups));
    properties.setReadOnly(!user.canEdit());
    this.editor = new DraftEditor(compiler, canvas, problems, properties, this::refreshCommands);
    this.toolbar = new EditorToolbar(user.canEdit());
    this.saving = new DraftSaving(flows, compiler, user.name());
    this.side = new SidePanels(properties, problems);
    this.viewing = new VersionViewing(editor, canvas, properties, banner, user.canEdit());
    this.history =
        new HistoryPanel(
            new VersionHistory(flows, compiler, user.name()),
            user.canEdit(),
            editor::document,
            viewing);
    side.add("History", history).setId("tab-history");
    this.scenariosPanel =
        new ScenariosPanel(
            scenarios,
            user.canEdit(),
            user.name(),
            editor::document,
            () -> testCallPanel == null ? Optional.empty() : testCallPanel.lastRun(),
            this::showScenarioResult);
    side.add("Scenarios", scenariosPanel).setId("tab-scenarios");
    history.addRolledBackListener(rolledBack -> publishedElsewhere());
    problems.addProblemClickListener(nodeId -> side.showProperties());
    addClassNames("page", "editor");
    canvas.setId("canvas");
    canvas.addClassName("editor-canvas");
    canvas.setReadOnly(!user.canEdit());
    canvas.setPalette(compiler.nodeTypes().stream().map(FlowCanvas.PaletteItem::of).toList());
    saveState.setId("save-state");
    saveState.addClassName("save-state");
    publishResult.setId("publish-result");
    publishResult.addClassName("publish-result");
    toolbar.addActionListener(event -> run(event.action()));
    canvas.addRenameRequestListener(
        event -> {
          side.showProperties();
          properties.focusId();
        });
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    super.onAttach(attach);
    shortcuts.listenOn(attach.getUI());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    shortcuts.stopListening();
    super.onDetach(detach);
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

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    if (!editor.isDirty()) {
      return;
    }
    BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
    ConfirmDialog ask =
        new ConfirmDialog(
            "Unsaved changes",
            "“" + flow.name() + "” has changes that are not saved. Leave and lose them?",
            "Leave without saving",
            confirm -> leave.proceed());
    ask.setConfirmButtonTheme("error primary");
    ask.setCancelable(true);
    ask.setCancelText("Stay");
    // Staying drops the navigation, so the address shows this flow again and the same link works
    // next time.
    ask.addCancelListener(stay -> leave.cancel());
    ask.setId("unsaved-changes");
    ask.open();
    // Enter must not throw work away: the safe choice has the focus.
    ask.getElement()
        .executeJs(
            "const d = this; setTimeout(() => { const b = d.querySelector('[slot=cancel-button]');"
                + " if (b) { b.focus(); } }, 80)");
  }

  private void show(FlowView view) {
    flow = view.flow();
    history.load(flow.id());
    scenariosPanel.load(flow.id());
    title = flow.name() + " · Dialtone";
    publishResult.setText("");
    publishResult.getElement().removeAttribute("data-outcome");
    removeAll();
    Component body;
    if (view.document() != null) {
      viewing.leave();
      editor.load(view.document());
      canvas.fitView();
      testCallPanel = null;
      canvas.showRun(FlowCanvas.RunView.NONE);
      side.closeTestCall();
      side.showProperties();
      Div canvasColumn = new Div(banner, canvas);
      canvasColumn.addClassName("editor-canvas-column");
      body = new Div(canvasColumn, side);
    } else {
      problems.show(view.problems());
      body = new Div(unreadable(), problems);
    }
    body.addClassName("editor-body");
    add(header(view.document() != null), body);
    refreshCommands();
  }

  private Component header(boolean editable) {
    H2 name = new H2(flow.name());
    name.setId("flow-name");
    Integer published = flow.latestPublishedVersion();
    Span status = new Span(published == null ? "Not published" : "Published version " + published);
    status.setId("publish-status");
    status.addClassNames("status", published == null ? "status-draft" : "status-published");
    Div meta = new Div(saveState, status);
    meta.addClassName("editor-meta");
    Div actions = new Div(publishResult, exportLink());
    actions.addClassName("editor-actions");
    if (editable) {
      actions.add(toolbar);
    }
    Div header = new Div(backLink(), name, meta, actions);
    header.addClassName("editor-header");
    return header;
  }

  private void run(Action action) {
    switch (action) {
      case UNDO -> editor.apply(new CanvasEdit.Undo());
      case REDO -> editor.apply(new CanvasEdit.Redo());
      case DELETE -> editor.deleteSelection();
      case TIDY_UP -> canvas.tidyUp();
      case SAVE -> save();
      case PUBLISH -> askToPublish();
      case TEST_CALL -> toggleTestCall();
      case SHORTCUTS -> shortcuts.open();
    }
  }

  private boolean save() {
    Optional<FlowView> stored = saving.save(flow, editor, this::reload);
    stored.ifPresent(
        view -> {
          flow = view.flow();
          editor.saved(view.document());
        });
    return stored.isPresent();
  }

  /** Saves unsaved changes first: what gets published is what the person sees. */
  private void askToPublish() {
    if (editor.isDirty() && !save()) {
      return;
    }
    publishDialog.ask();
  }

  private void publish(String note) {
    toolbar.busy(Action.PUBLISH, true);
    try {
      DraftSaving.Published outcome = saving.publish(flow.id(), editor, note);
      publishedDocument = editor.document();
      publishResult.setText(outcome.message());
      publishResult.getElement().setAttribute("data-outcome", outcome.outcome());
      if (outcome.version() == null) {
        side.showProblems(); // what stops it
      }
      if (outcome.version() != null) {
        flow = flows.get(flow.id()).flow();
        replaceHeader();
      }
    } catch (NotFoundException e) {
      showMissing();
    } finally {
      toolbar.busy(Action.PUBLISH, false);
    }
  }

  /**
   * Opens or closes the Test call panel, a tab of the side column. It runs the working copy as it
   * is on the canvas, saved or not, and marks the call's path on the canvas.
   */
  /** A scenario's actual path on the canvas, its diverging node marked and centred. */
  private void showScenarioResult(ScenarioResult result) {
    String node = result.firstDifference() == null ? null : result.firstDifference().nodeId();
    canvas.showRun(new FlowCanvas.RunView(node, result.path(), Map.of()));
    if (node != null) {
      canvas.focusNode(node);
    }
  }

  private void toggleTestCall() {
    if (testCallPanel != null) {
      side.closeTestCall();
      testCallPanel = null;
      canvas.showRun(FlowCanvas.RunView.NONE);
      toolbar.setPressed(Action.TEST_CALL, false);
      return;
    }
    testCallPanel = new TestCallPanel(testCalls, flow.id(), editor::document);
    testCallPanel.addRunListener(
        run -> canvas.showRun(new FlowCanvas.RunView(run.active(), run.path(), run.durationsMs())));
    testCallPanel.addProblemsListener(editor::showProblems);
    side.openTestCall(testCallPanel);
    toolbar.setPressed(Action.TEST_CALL, true);
  }

  /** Loads the stored draft again, dropping the working copy (after a conflict). */
  private void reload(UUID id) {
    try {
      show(flows.get(id));
    } catch (NotFoundException e) {
      showMissing();
    }
  }

  /** A version was published from the History tab: the header shows it. */
  private void publishedElsewhere() {
    flow = flows.get(flow.id()).flow();
    replaceHeader();
  }

  private void replaceHeader() {
    getChildren().findFirst().ifPresent(old -> replace(old, header(true)));
    refreshCommands();
  }

  private void refreshCommands() {
    boolean dirty = editor.isDirty();
    forgetStalePublishResult();
    side.showProblemCount(editor.problems().size());
    saveState.setText(
        flow == null ? "" : dirty ? "Unsaved changes" : "Saved · revision " + flow.revision());
    saveState.getElement().setAttribute("data-dirty", Boolean.toString(dirty));
    // While a version is shown, editing commands would act on a draft that is not in view.
    boolean drafting = !editor.isViewingVersion();
    toolbar.setEnabled(Action.UNDO, drafting && editor.canUndo());
    toolbar.setEnabled(Action.REDO, drafting && editor.canRedo());
    toolbar.setEnabled(Action.DELETE, drafting && editor.hasSelection());
    toolbar.setEnabled(Action.TIDY_UP, drafting);
    toolbar.setEnabled(Action.SAVE, drafting && dirty);
  }

  /**
   * A publish result speaks of the draft as it was published; once the draft has changed (an undo
   * that cleared the problems, say) it no longer holds and is taken away.
   */
  private void forgetStalePublishResult() {
    if (publishedDocument != null && !publishedDocument.equals(editor.document())) {
      publishedDocument = null;
      publishResult.setText("");
      publishResult.getElement().removeAttribute("data-outcome");
    }
  }

  private Component exportLink() {
    Anchor export = new Anchor(FlowExport.of(flows, scenarios, flow.id(), flow.name()), "");
    export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export"));
    export.setId("export-flow");
    export.addClassName("text-link");
    return export;
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
    flow = null;
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

  /** The saved groups by name, for the groupcall node's group picker. */
  private static GroupChoices groupNames(GroupService groups) {
    return () ->
        groups.list().stream()
            .sorted(java.util.Comparator.comparing(CallGroup::name, String.CASE_INSENSITIVE_ORDER))
            .collect(
                java.util.stream.Collectors.toMap(
                    group -> group.id().toString(),
                    CallGroup::name,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
  }
}
