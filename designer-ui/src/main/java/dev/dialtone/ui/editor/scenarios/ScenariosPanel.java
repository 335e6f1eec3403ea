package dev.dialtone.ui.editor.scenarios;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.scenarios.ScenarioRecorder;
import dev.dialtone.runtime.scenarios.ScenarioResult;
import dev.dialtone.runtime.scenarios.ScenarioService;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.editor.testcall.CallRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The editor's Scenarios tab: the flow's scenario list as JSON, recorded from the last Simulate run
 * or typed; Save stores it with the flow; Run runs all of them, or the chosen one, against the
 * working copy on the real engine, in the background; results show pass or fail per step and check,
 * and a failure's diverging node is marked on the canvas.
 */
public final class ScenariosPanel extends Div {

  private static final String ALL = "All scenarios";

  private final transient ScenarioService scenarios;
  private final transient Supplier<FlowDocument> draft;
  private final transient Supplier<Optional<CallRun>> lastRun;
  private final transient Consumer<ScenarioResult> showOnCanvas;
  private final String user;
  private final TextArea json = new TextArea("Scenarios (JSON)");
  private final Select<String> choice = new Select<>();
  private final Button record = new Button("Record Simulate run", VaadinIcon.CIRCLE.create());
  private final Button save = new Button("Save");
  private final Button run = new Button("Run", VaadinIcon.PLAY.create());
  private final Paragraph status = new Paragraph();
  private final UnorderedList problems = new UnorderedList();
  private final Div results = new Div();
  private UUID flowId;

  public ScenariosPanel(
      ScenarioService scenarios,
      boolean canEdit,
      String user,
      Supplier<FlowDocument> draft,
      Supplier<Optional<CallRun>> lastRun,
      Consumer<ScenarioResult> showOnCanvas) {
    this.scenarios = scenarios;
    this.user = user;
    this.draft = draft;
    this.lastRun = lastRun;
    this.showOnCanvas = showOnCanvas;
    setId("scenarios-panel");
    addClassName("scenarios-panel");
    configureFields(canEdit);
    Div actions = new Div(record, save, choice, run);
    actions.addClassName("scenario-actions");
    add(new H3("Scenarios"), json, actions, status, problems, results);
  }

  /** Shows the flow's stored list. */
  public void load(UUID flowId) {
    this.flowId = flowId;
    results.removeAll();
    problems.removeAll();
    status.setText("");
    try {
      json.setValue(pretty(scenarios.json(flowId)));
    } catch (NotFoundException e) {
      json.setValue("[]");
    }
  }

  private void configureFields(boolean canEdit) {
    json.setId("scenarios-json");
    json.setWidthFull();
    json.setReadOnly(!canEdit);
    json.setValueChangeMode(ValueChangeMode.ON_BLUR);
    json.addValueChangeListener(change -> refreshChoice());
    choice.setId("scenario-choice");
    choice.setAriaLabel("Scenario to run");
    refreshChoice();
    record.setId("record-scenario");
    record.setVisible(canEdit);
    record.addClickListener(click -> recordLastRun());
    save.setId("save-scenarios");
    save.setVisible(canEdit);
    save.addClickListener(click -> saveList());
    run.setId("run-scenarios");
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    run.setEnabled(canEdit);
    run.addClickListener(click -> runChosen());
    status.setId("scenario-status");
    problems.setId("scenario-problems");
    results.setId("scenario-results");
  }

  private void refreshChoice() {
    List<String> items = new ArrayList<>();
    items.add(ALL);
    items.addAll(ScenarioLists.names(json.getValue()));
    String chosen = choice.getValue();
    choice.setItems(items);
    choice.setValue(items.contains(chosen) ? chosen : ALL);
  }

  private void recordLastRun() {
    Optional<CallRun> call = lastRun.get().filter(CallRun::ended);
    if (call.isEmpty()) {
      Messages.error(
          "Run a Simulate call to its end first (Test call → Simulate), then record it.");
      return;
    }
    CallRun done = call.get();
    json.setValue(
        ScenarioLists.append(
            json.getValue(),
            ScenarioRecorder.record("recorded run", done.steps(), done.events(), done.hangupBy())));
    refreshChoice();
    status.setText("Recorded the last Simulate run; Save to keep it.");
  }

  private void saveList() {
    problems.removeAll();
    try {
      scenarios.save(flowId, json.getValue(), user, draft.get());
      Messages.success("Scenarios saved");
      status.setText("Saved.");
    } catch (InvalidInputException e) {
      showProblems(e.problems());
    }
  }

  private void runChosen() {
    FlowDocument document = draft.get();
    String only = ALL.equals(choice.getValue()) ? null : choice.getValue();
    String body = ScenarioLists.runBody(json.getValue(), only);
    UI ui = UI.getCurrent();
    problems.removeAll();
    results.removeAll();
    run.setEnabled(false);
    status.setText("Running…");
    UUID flow = flowId;
    Thread.ofVirtual()
        .name("scenario-run")
        .start(
            () -> {
              try {
                List<ScenarioResult> done = scenarios.run(flow, document, body);
                ui.access(() -> showResults(done));
              } catch (InvalidInputException e) {
                ui.access(() -> finish("Not run: fix the problems below.", e.problems()));
              } catch (RuntimeException e) {
                ui.access(() -> finish("Not run: " + e.getMessage(), List.of()));
              }
            });
  }

  private void showResults(List<ScenarioResult> done) {
    long failed = done.stream().filter(r -> !r.passed()).count();
    finish(
        done.size() + " run: " + (done.size() - failed) + " passed, " + failed + " failed",
        List.of());
    status.getElement().setAttribute("data-failed", Long.toString(failed));
    done.forEach(result -> results.add(new ScenarioResultView(result, showOnCanvas)));
    done.stream().filter(r -> !r.passed()).findFirst().ifPresent(showOnCanvas);
  }

  private void finish(String text, List<Problem> found) {
    run.setEnabled(true);
    status.setText(text);
    showProblems(found);
  }

  private void showProblems(List<Problem> found) {
    problems.removeAll();
    found.forEach(
        problem -> {
          ListItem item =
              new ListItem(
                  (problem.field() == null ? "" : problem.field() + ": ") + problem.message());
          item.addClassName("scenario-problem");
          problems.add(item);
        });
  }

  private static String pretty(String list) {
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .writerWithDefaultPrettyPrinter()
        .writeValueAsString(
            tools.jackson.databind.json.JsonMapper.builder().build().readTree(list));
  }
}
