package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import java.util.List;
import java.util.Optional;

/**
 * Edits the id and options of one selected node, with a field per option of its type generated from
 * the compiler's catalogue. Every edit is validated by {@link FlowCompiler#validate} on the
 * document it would produce, and the node's problems are shown beside the fields they name (the
 * rest in a list above them). Unfinished values are still reported as edits — a draft may have
 * problems — but input that stands for no value (letters in a number) and ids the compiler refuses
 * (bad shape, taken) are not: the field says why and the node keeps its value.
 *
 * <p>The panel never changes the document or calls a service: it fires {@link NodeChangedEvent} and
 * the view applies it (renaming edges with the node) as one undoable step, then calls {@link
 * #refresh}. Until then the panel assumes the change was applied.
 *
 * <p>DOM: {@code #property-panel} with {@code data-state} {@code empty}, {@code many} or {@code
 * node}; the form {@code .property-form[data-node-type]}; the id input {@code [data-field=id]};
 * each option {@code [data-option=<name>]} (a {@code vaadin-text-field} or {@code vaadin-checkbox};
 * for lists a container of {@code vaadin-text-field[data-index]} rows with {@code
 * [data-action=remove]} buttons, a {@code [data-action=add]} button and {@code .option-error});
 * problems without a field in {@code .property-problems li}.
 */
public class PropertyPanel extends Div {

  private final transient List<NodeTypeInfo> types;
  private final transient FlowCompiler compiler;
  private final transient GroupChoices groups;
  private transient FlowDocument document;
  private transient FlowNode node;
  private NodeForm form;
  private boolean readOnly;

  public PropertyPanel(List<NodeTypeInfo> types, FlowCompiler compiler) {
    this(types, compiler, GroupChoices.NONE);
  }

  /**
   * @param groups the saved groups offered by the picker of a group option (a groupcall's {@code
   *     group})
   */
  public PropertyPanel(List<NodeTypeInfo> types, FlowCompiler compiler, GroupChoices groups) {
    this.types = List.copyOf(types);
    this.compiler = compiler;
    this.groups = groups;
    setId("property-panel");
    addClassName("property-panel");
    showEmpty();
  }

  /**
   * Shows node {@code nodeId} of {@code document}; the empty state when it is null or missing. The
   * node the panel already shows keeps its form: after a rename the canvas selects the node under
   * its new id, and a fresh form then would throw away what the person is typing in the old one.
   */
  public void show(FlowDocument document, String nodeId) {
    this.document = document;
    Optional<FlowNode> found = nodeId == null ? Optional.empty() : document.node(nodeId);
    if (found.isEmpty()) {
      showEmpty();
      return;
    }
    if (form != null
        && node != null
        && node.id().equals(nodeId)
        && node.type().equals(found.get().type())) {
      refresh(document);
      return;
    }
    node = found.get();
    form = new NodeForm(type(node), groups, this::rename, this::edit);
    form.setReadOnly(readOnly);
    form.show(node);
    setState("node", form);
    showProblems(compiler.validate(document));
  }

  /** Several nodes are selected: there is nothing to edit here. */
  public void showMany(int count) {
    node = null;
    form = null;
    setState("many", message(count + " nodes selected"));
  }

  /**
   * The document changed elsewhere (canvas, undo, a save): shows the node's current values and
   * problems. Fields whose value did not change are left alone, so typing is not disturbed. When
   * the node is gone (or was renamed by an undo), shows the empty state; call {@link #show} with
   * the new selection then.
   */
  public void refresh(FlowDocument document) {
    refresh(document, null);
  }

  /**
   * As {@link #refresh(FlowDocument)}, with the document's problems already found by the caller.
   */
  public void refresh(FlowDocument document, List<Problem> problems) {
    this.document = document;
    if (node == null) {
      return;
    }
    Optional<FlowNode> current = document.node(node.id());
    if (current.isEmpty() || !current.get().type().equals(node.type())) {
      showEmpty();
      return;
    }
    node = current.get();
    form.show(node);
    showProblems(problems != null ? problems : compiler.validate(document));
  }

  /** For people who may only look: values and problems are shown, nothing can be changed. */
  /**
   * Puts the cursor in the shown node's id field, its text selected (the right-click "Rename…").
   * Runs after the browser has drawn the node the same round trip selected.
   */
  public void focusId() {
    getElement()
        .executeJs(
            "setTimeout(() => { const f = this.querySelector('[data-field=id]');"
                + " if (f) { f.focus(); const i = f.inputElement; if (i) { i.select(); } } }, 60)");
  }

  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    if (form != null) {
      form.setReadOnly(readOnly);
    }
  }

  public Registration addNodeChangedListener(ComponentEventListener<NodeChangedEvent> listener) {
    return addListener(NodeChangedEvent.class, listener);
  }

  private void edit(String option, Object value) {
    FlowNode updated = NodeDrafts.withOption(node, option, value);
    apply(option, updated, NodeDrafts.replace(document, node.id(), updated), null);
  }

  private void rename(String newId) {
    FlowNode renamed = NodeDrafts.withId(node, newId);
    FlowDocument draft = NodeDrafts.replace(document, node.id(), renamed);
    List<Problem> problems = compiler.validate(draft);
    FieldProblems idProblems = FieldProblems.of(problems, newId, form.fieldNames());
    if (idProblems.of(NodeForm.ID) != null) {
      form.refuseId(idProblems.of(NodeForm.ID));
      return;
    }
    apply(NodeForm.ID, renamed, draft, problems);
  }

  private void apply(String field, FlowNode updated, FlowDocument draft, List<Problem> problems) {
    String oldId = node.id();
    document = draft;
    node = updated;
    form.show(updated);
    showProblems(problems != null ? problems : compiler.validate(draft));
    fireEvent(new NodeChangedEvent(this, oldId, updated, field));
  }

  private void showProblems(List<Problem> problems) {
    form.showProblems(FieldProblems.of(problems, node.id(), form.fieldNames()));
  }

  private NodeTypeInfo type(FlowNode node) {
    return types.stream()
        .filter(t -> t.type().equals(node.type()))
        .findFirst()
        .orElseGet(
            () ->
                new NodeTypeInfo(
                    node.type(),
                    "Not a node type this version knows",
                    "#64748b",
                    "vaadin:question-circle-o",
                    List.of(),
                    null,
                    List.of()));
  }

  private void showEmpty() {
    node = null;
    form = null;
    setState("empty", message("Select a node to edit its properties"));
  }

  private static Paragraph message(String text) {
    Paragraph message = new Paragraph(text);
    message.addClassName("property-panel-message");
    return message;
  }

  private void setState(String state, Component content) {
    removeAll();
    add(content);
    getElement().setAttribute("data-state", state);
  }

  /**
   * The person changed the node: apply {@code node()} in place of node {@code oldId()}, moving the
   * edges to the new id when {@link #renamed()}. {@code field()} is {@code id} or the option
   * edited, so consecutive edits of one field may be merged into one undo step.
   */
  public static final class NodeChangedEvent extends ComponentEvent<PropertyPanel> {

    private final String oldId;
    private final transient FlowNode node;
    private final String field;

    NodeChangedEvent(PropertyPanel source, String oldId, FlowNode node, String field) {
      super(source, true);
      this.oldId = oldId;
      this.node = node;
      this.field = field;
    }

    public String oldId() {
      return oldId;
    }

    public FlowNode node() {
      return node;
    }

    public String field() {
      return field;
    }

    public boolean renamed() {
      return !oldId.equals(node.id());
    }
  }
}
