package dev.dialtone.ui.editor;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
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
    if (draft != null && draft.document().node(nodeId).isPresent()) {
      canvas.focusNode(nodeId);
      select(List.of(nodeId), List.of());
    }
  }

  private void select(List<String> nodeIds, List<EdgeRef> edges) {
    selectedNodes = nodeIds;
    selectedEdges = edges;
    if (nodeIds.size() > 1) {
      properties.showMany(nodeIds.size());
    } else {
      properties.show(draft.document(), nodeIds.isEmpty() ? null : nodeIds.getFirst());
    }
    changed.run();
  }

  /** Starts editing a stored draft afresh (no history). */
  void load(FlowDocument stored) {
    draft = new Draft(stored);
    selectedNodes = List.of();
    selectedEdges = List.of();
    properties.show(stored, null);
    render();
  }

  void apply(CanvasEdit edit) {
    if (draft != null && draft.apply(edit)) {
      render();
    }
  }

  /** A node changed in the property panel (possibly renamed). */
  void replaceNode(String oldId, FlowNode updated) {
    if (draft != null && draft.replaceNode(oldId, updated)) {
      render();
    }
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
    canvas.setGraph(graphs.of(draft.document(), found));
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
    FlowDocument document = draft.document();
    problems = compiler.validate(document);
    problemsPanel.show(problems);
    canvas.setGraph(graphs.of(document, problems));
    canvas.setDirty(draft.isDirty());
    properties.refresh(document, problems);
    changed.run();
  }
}
