package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.simulator.SimulatorInputException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The editor's "Test call" side panel. Simulate runs the editor's current draft — saved or not — on
 * the real engine with you as the caller: a live transcript, a dialpad and a hang-up button; every
 * change of the call's path is reported to {@link #addRunListener run listeners} for the canvas.
 * "Call a phone" runs the same draft on a phone the runtime dials, and shows its status, transcript
 * and path the same way.
 *
 * <p>A call keeps running when the panel is detached (simulated callers are silent, so every flow
 * ends by itself); attached again, the panel catches up on what it missed.
 */
// Under assets/: Vaadin's security configuration serves it to the page like styles.css.
@StyleSheet("assets/test-call.css")
public class TestCallPanel extends Div {

  private final transient TestCallSession session;
  private final UUID flowId;
  private final transient Supplier<FlowDocument> draft;
  private final List<Consumer<RunUpdate>> runListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<List<Problem>>> problemListeners = new CopyOnWriteArrayList<>();
  private final CallStatusLabel status = new CallStatusLabel();
  private final Transcript transcript = new Transcript();
  private final Dialpad dialpad = new Dialpad();
  private final Button start = new Button("Start", VaadinIcon.PLAY.create());
  private final Button hangup = new Button("Hang up", VaadinIcon.PHONE.create());
  private final Div simulate = new Div();
  private final PhoneCallForm phone = new PhoneCallForm();
  private final LegList legs = new LegList();
  private final VirtualPhonesForm phones = new VirtualPhonesForm();
  private transient CallRun run;
  private transient Registration following;

  /**
   * @param draft the editor's working copy as it is when Start is pressed; null when it cannot be
   *     read as a flow
   */
  public TestCallPanel(TestCallSession session, UUID flowId, Supplier<FlowDocument> draft) {
    this.session = session;
    this.flowId = flowId;
    this.draft = draft;
    setId("test-call-panel");
    addClassName("test-call-panel");
    configureSimulate();
    phone.setVisible(false);
    phone.addCallListener(call -> callPhone(call.number()));
    phone.addHangupListener(hangupEvent -> endCall());
    phones.addAddListener(added -> changePhones(() -> session.putPhone(added.phone())));
    phones.addRemoveListener(removed -> changePhones(() -> session.removePhone(removed.address())));
    add(new H3("Test call"), modes(), status, simulate, phone, legs, transcript);
  }

  /** The current or last call of this panel, if one was started. */
  public java.util.Optional<CallRun> lastRun() {
    return java.util.Optional.ofNullable(run);
  }

  /**
   * Hears each change of the current call's path, and {@link RunUpdate#NONE} when a new one starts.
   */
  public Registration addRunListener(Consumer<RunUpdate> listener) {
    runListeners.add(listener);
    return () -> runListeners.remove(listener);
  }

  /** Hears the problems that stopped a draft from starting (e.g. to mark their nodes). */
  public Registration addProblemsListener(Consumer<List<Problem>> listener) {
    problemListeners.add(listener);
    return () -> problemListeners.remove(listener);
  }

  private void configureSimulate() {
    start.setId("simulate-start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(click -> start());
    hangup.setId("simulate-hangup");
    hangup.addThemeVariants(ButtonVariant.LUMO_ERROR);
    hangup.addClickListener(click -> hangUp());
    dialpad.addKeyListener(key -> press(key.key()));
    Div actions = new Div(start, hangup);
    actions.addClassName("test-call-actions");
    simulate.setId("simulate");
    simulate.add(actions, dialpad, phones);
    showIdle();
  }

  private Div modes() {
    Button simulateMode = new Button("Simulate");
    simulateMode.setId("test-call-mode-simulate");
    Button phoneMode = new Button("Call a phone");
    phoneMode.setId("test-call-mode-phone");
    simulateMode.addClickListener(click -> showMode(true, simulateMode, phoneMode));
    phoneMode.addClickListener(click -> showMode(false, simulateMode, phoneMode));
    showMode(true, simulateMode, phoneMode);
    Div modes = new Div(simulateMode, phoneMode);
    modes.addClassName("test-call-modes");
    modes.getElement().setAttribute("role", "group");
    return modes;
  }

  private void showMode(boolean simulating, Button simulateMode, Button phoneMode) {
    simulate.setVisible(simulating);
    phone.setVisible(!simulating);
    for (Button mode : List.of(simulateMode, phoneMode)) {
      boolean chosen = (mode == simulateMode) == simulating;
      mode.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
      mode.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
      mode.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
    }
  }

  private void start() {
    begin("Starting the draft…", document -> session.start(flowId, document));
  }

  private void callPhone(String number) {
    begin("Calling " + number + "…", document -> session.callPhone(flowId, number, document));
  }

  /** Starts a new call of the current draft, simulated or to a phone, and follows it. */
  private void begin(String starting, Function<FlowDocument, CompletableFuture<UUID>> placing) {
    FlowDocument document = draft.get();
    if (document == null) {
      status.show("refused", "Fix the problems first: this draft cannot be read as a flow");
      return;
    }
    stopFollowing();
    run = null;
    transcript.clear();
    legs.show(List.of());
    tellRun(RunUpdate.NONE);
    status.show("starting", starting);
    setControls(false, false);
    UI ui = UI.getCurrent();
    placing
        .apply(document)
        .whenComplete(
            (callId, error) -> {
              if (!access(ui, () -> started(callId, error)) && callId != null) {
                session.hangup(callId); // nobody is left to hear it
              }
            });
  }

  private void started(UUID callId, Throwable error) {
    if (error != null) {
      refused(TestCallFailure.of(error));
      return;
    }
    run = new CallRun(callId);
    getElement().setAttribute("data-call-id", callId.toString());
    status.show(null);
    setControls(false, true);
    follow();
  }

  private void refused(TestCallFailure failure) {
    status.show(failure.state(), failure.message());
    setControls(true, false);
    if (!failure.problems().isEmpty()) {
      problemListeners.forEach(listener -> listener.accept(failure.problems()));
    }
  }

  private void follow() {
    UI ui = UI.getCurrent();
    following = session.follow(run.callId(), fact -> access(ui, () -> apply(fact)));
  }

  private void apply(CallFact fact) {
    if (run == null || !run.apply(fact)) {
      return;
    }
    status.show(run.status());
    transcript.show(run.transcript());
    legs.show(run.legs());
    setControls(run.ended(), run.live());
    start.setText(run.ended() ? "Start again" : "Start");
    tellRun(run.update());
  }

  /** Changes the simulator's phones, then shows them all, or marks the field it refused. */
  private void changePhones(Runnable change) {
    try {
      change.run();
      phones.show(session.phones());
    } catch (SimulatorInputException e) {
      phones.refused(e.field(), e.getMessage());
    } catch (NotFoundException e) {
      phones.show(session.phones()); // removed meanwhile (e.g. through the API)
    }
  }

  private void press(String key) {
    if (run != null && run.live()) {
      UUID callId = run.callId();
      UI ui = UI.getCurrent();
      session.pressDigits(callId, key).exceptionally(error -> notLive(ui, error));
    }
  }

  private void hangUp() {
    if (run != null && run.live()) {
      UI ui = UI.getCurrent();
      hangup.setEnabled(false);
      session.hangup(run.callId()).exceptionally(error -> notLive(ui, error));
    }
  }

  /** Hangs up from our side: what the phone's user hears as the line going dead. */
  private void endCall() {
    if (run != null && run.live()) {
      UI ui = UI.getCurrent();
      phone.setControls(false, false);
      session.endCall(run.callId()).exceptionally(error -> notLive(ui, error));
    }
  }

  /** The call ended between the click and the action; its end shows as it is stored. */
  private Void notLive(UI ui, Throwable error) {
    access(ui, () -> status.note(TestCallFailure.of(error).message()));
    return null;
  }

  /**
   * Changes the panel from a background thread, if its browser tab is still open; a closed one just
   * stops hearing about the call (detaching stops the following as well).
   */
  private static boolean access(UI ui, Command change) {
    try {
      ui.access(change);
      return true;
    } catch (UIDetachedException e) {
      return false;
    }
  }

  private void setControls(boolean canStart, boolean inCall) {
    start.setEnabled(canStart);
    phone.setControls(canStart, inCall);
    hangup.setEnabled(inCall);
    dialpad.setEnabled(inCall);
  }

  private void showIdle() {
    status.show("idle", "Press Start to call the current draft (it need not be saved).");
    setControls(true, false);
  }

  private void tellRun(RunUpdate update) {
    runListeners.forEach(listener -> listener.accept(update));
  }

  private void stopFollowing() {
    if (following != null) {
      following.remove();
      following = null;
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    phones.show(session.phones()); // the API may have changed them while the panel was away
    if (run != null && following == null) {
      follow(); // catch up on what happened while the panel was away
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    stopFollowing();
    super.onDetach(detachEvent);
  }
}
