package dev.dialtone.ui.editor;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasEdit.EdgeRef;
import dev.dialtone.ui.editor.draft.Draft;
import dev.dialtone.ui.editor.properties.PropertyPanel;
import java.util.List;

/**
 * Keeps the canvas and the problems panel in step with the working copy: each edit is applied to
 * the {@link Draft}, validated by the compiler, and the result drawn again. Nothing here is stored;
 * the view saves.
 */
final class DraftEditor {

  private final FlowCompiler compiler;
  private final CanvasGraphs graphs;
  private final FlowCanvas canvas;
  private final ProblemsPanel problemsPanel;
  private final PropertyPanel properties;
  private final Runnable changed;
  private Draft draft;
  // A published version (or a comparison's newer side) shown read-only instead of the draft; null
  // while the draft is shown. The draft is kept as it is meanwhile.
  private FlowDocument viewed;
  private List<Problem> problems = List.of();
  private List<String> selectedNodes = List.of();
  private List<EdgeRef> selectedEdges = List.of();

  DraftEditor(
      FlowCompiler compiler,
      FlowCanvas canvas,
      ProblemsPanel problemsPanel,
      PropertyPanel properties,
      Runnable changed) {
    this.compiler = compiler;
    this.graphs = new CanvasGraphs(compiler.nodeTypes());
    this.canvas = canvas;
    this.problemsPanel = problemsPanel;
    this.properties = properties;
    this.changed = changed;
    canvas.addEditListener(event -> apply(event.edit()));
    canvas.addSelectionListener(event -> select(event.nodeIds(), event.edges()));
    properties.addNodeChangedListener(event -> replaceNode(event.oldId(), event.node()));
    problemsPanel.addProblemClickListener(this::focus);
  }

  /** Finds a node: the canvas centres it and the property panel shows it. */
  void focus(String nodeId) {
    if (draft != null && shown().node(nodeId).isPresent()) {
      canvas.focusNode(nodeId);
      select(List.of(nodeId), List.of());
    }
  }

  private void select(List<String> nodeIds, List<EdgeRef> edges) {
    selectedNodes = nodeIds;
    selectedEdges = edges;
    showSelection();
    changed.run();
  }

  /** Starts editing a stored draft afresh (no history). */
  void load(FlowDocument stored) {
    viewed = null;
    canvas.showDiff(DiffMarks.NONE);
    draft = new Draft(stored);
    selectedNodes = List.of();
    selectedEdges = List.of();
    properties.show(stored, null);
    render();
  }

  void apply(CanvasEdit edit) {
    if (draft != null && viewed == null && draft.apply(edit)) {
      // Where a box stands never makes a flow valid or invalid: a move keeps the problems found,
      // so moving one box of a big flow does not validate all of it again.
      boolean placesOnly =
          edit instanceof CanvasEdit.MoveNodes || edit instanceof CanvasEdit.Arrange;
      render(!placesOnly);
    }
  }

  /** A node changed in the property panel (possibly renamed). */
  void replaceNode(String oldId, FlowNode updated) {
    if (draft != null && viewed == null && draft.replaceNode(oldId, updated)) {
      render();
    }
  }

  /** Shows a published version on the canvas instead of the draft (the view makes it read-only). */
  void showVersion(FlowDocument version) {
    view(version, graphs.of(version, List.of()), DiffMarks.NONE);
  }

  /**
   * Shows a comparison instead of the draft: {@code to} with what changed since {@code from}
   * marked, and what it no longer has ghosted where it was.
   */
  void showComparison(FlowDocument from, FlowDocument to, FlowDiff diff) {
    ComparedGraphs.Compared compared = ComparedGraphs.of(graphs, from, to, diff);
    view(to, compared.graph(), compared.marks());
  }

  /** The selection stays as it is on the canvas: the panel shows that node in the version. */
  private void view(FlowDocument document, CanvasGraph graph, DiffMarks marks) {
    viewed = document;
    showSelection();
    canvas.setGraph(graph);
    canvas.showDiff(marks);
    changed.run();
  }

  /** The draft on the canvas again, as it was left. */
  void backToDraft() {
    viewed = null;
    canvas.showDiff(DiffMarks.NONE);
    showSelection();
    render();
  }

  private void showSelection() {
    if (selectedNodes.size() > 1) {
      properties.showMany(selectedNodes.size());
    } else {
      properties.show(shown(), selectedNodes.isEmpty() ? null : selectedNodes.getFirst());
    }
  }

  boolean isViewingVersion() {
    return viewed != null;
  }

  private FlowDocument shown() {
    return viewed != null ? viewed : draft.document();
  }

  void deleteSelection() {
    apply(new CanvasEdit.Delete(selectedNodes, selectedEdges));
  }

  /** After a save: the stored draft is what the person sees, with history kept. */
  void saved(FlowDocument stored) {
    draft.saved(stored);
    render();
  }

  /** Shows problems found elsewhere (publishing) without changing the draft. */
  void showProblems(List<Problem> found) {
    problems = found;
    problemsPanel.show(found);
    if (viewed == null) {
      canvas.setGraph(graphs.of(draft.document(), found));
    }
  }

  FlowDocument document() {
    return draft.document();
  }

  List<Problem> problems() {
    return problems;
  }

  boolean isDirty() {
    return draft != null && draft.isDirty();
  }

  boolean canUndo() {
    return draft != null && draft.canUndo();
  }

  boolean canRedo() {
    return draft != null && draft.canRedo();
  }

  boolean hasSelection() {
    return !selectedNodes.isEmpty() || !selectedEdges.isEmpty();
  }

  private void render() {
    render(true);
  }

  private void render(boolean validate) {
    if (viewed != null) {
      return; // the draft is drawn again when the person goes back to it
    }
    FlowDocument document = draft.document();
    if (validate) {
      problems = compiler.validate(document);
      problemsPanel.show(problems);
    }
    canvas.setGraph(graphs.of(document, problems));
    canvas.setDirty(draft.isDirty());
    properties.refresh(document, problems);
    changed.run();
  }
}
