package dev.dialtone.ui.calls;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.editor.FlowCanvas;
import dev.dialtone.ui.editor.testcall.CallFact;
import dev.dialtone.ui.editor.testcall.CallRun;
import dev.dialtone.ui.editor.testcall.TestCallSession;
import dev.dialtone.ui.editor.testcall.Transcript;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/**
 * One call: its record, its path replayed on the canvas of the flow version it ran (read-only, with
 * per-node timing), its transcript, its recordings (play, download), its webhook deliveries and its
 * chained legs. A live call updates in place: its facts are followed off the UI thread, as the
 * editor's test call does.
 */
@Route("calls/:callId")
@PageTitle("Call · Dialtone")
@PermitAll
public class CallView extends Main implements BeforeEnterObserver {

  private static final String PARAMETER = "callId";

  private final transient CallDetailsReader reader;
  private final transient TestCallSession session;
  private final CallSummary summary = new CallSummary();
  private final FlowCanvas canvas = new FlowCanvas();
  private final Paragraph flowCaption = new Paragraph();
  private final NodeTimings timings = new NodeTimings();
  private final Transcript transcript = new Transcript();
  private final WebhookDeliveries deliveries = new WebhookDeliveries();
  private final Div legs = new Div();
  private final CallRecordings recordings = new CallRecordings();
  private final H2 title = new H2("Call");
  private UUID callId;
  private CallRun run;
  private CallDetailsReader.Details details;
  private transient Registration following;

  public CallView(CallDetailsReader reader, TestCallSession session) {
    this.reader = reader;
    this.session = session;
    addClassName("page");
    addClassName("call-page");
    canvas.setReadOnly(true); // a call's path is shown, never edited
    canvas.setId("call-canvas");
    canvas.addClassName("call-canvas");
    flowCaption.setId("call-flow-caption");
    legs.setId("call-legs");
    add(
        new RouterLink("← All calls", CallsView.class),
        title,
        summary,
        new H3("Path"),
        flowCaption,
        canvas,
        timings,
        new H3("Transcript"),
        transcript,
        new H3("Recordings"),
        recordings,
        new H3("Webhook deliveries"),
        deliveries,
        new H3("Chained legs"),
        legs);
  }

  /** The link to a call's page. */
  static RouteParameters of(UUID callId) {
    return new RouteParameters(PARAMETER, callId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      callId = UUID.fromString(event.getRouteParameters().get(PARAMETER).orElse(""));
    } catch (IllegalArgumentException e) {
      callId = null;
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    if (callId == null) {
      missing();
      return;
    }
    UI ui = attachEvent.getUI();
    reader
        .load(callId)
        .whenComplete((loaded, error) -> access(ui, () -> loaded(ui, loaded, error)));
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    if (following != null) {
      following.remove();
      following = null;
    }
    super.onDetach(detachEvent);
  }

  private void loaded(UI ui, CallDetailsReader.Details loaded, Throwable error) {
    if (error != null) {
      Throwable cause = error instanceof CompletionException ? error.getCause() : error;
      if (cause instanceof NotFoundException) {
        missing();
      } else {
        title.setText("The call could not be read: " + cause.getMessage());
      }
      return;
    }
    showDetails(loaded);
    flowCaption.setText(loaded.flow().caption());
    if (loaded.flow().graph() != null) {
      canvas.setGraph(loaded.flow().graph());
    } else {
      canvas.setVisible(false);
    }
    run = new CallRun(callId);
    following = session.follow(callId, fact -> access(ui, () -> apply(ui, fact)));
  }

  private void showDetails(CallDetailsReader.Details loaded) {
    details = loaded;
    CallRecord call = loaded.call();
    title.setText(
        "Call from " + nullToDash(call.source()) + " to " + nullToDash(call.destination()));
    summary.show(call, loaded.flowName());
    deliveries.show(loaded.deliveries());
    recordings.show(loaded.recordings(), reader::audio);
    showLegs(loaded);
  }

  private void showLegs(CallDetailsReader.Details loaded) {
    legs.removeAll();
    CallRecord call = loaded.call();
    if (call.masterCallId() != null) {
      legs.add(
          new Div(
              new RouterLink(
                  "Master call " + call.masterCallId(), CallView.class, of(call.masterCallId()))));
    }
    for (CallRecord leg : loaded.chained()) {
      RouterLink link =
          new RouterLink(
              "Leg to " + nullToDash(leg.destination()) + " — " + legState(leg),
              CallView.class,
              of(leg.id()));
      link.getElement().setAttribute("data-leg", leg.id().toString());
      if (leg.hangupReason() != null) {
        link.getElement().setAttribute("data-reason", lower(leg.hangupReason().name()));
      }
      legs.add(new Div(link));
    }
    if (legs.getChildren().findAny().isEmpty()) {
      legs.add(new Paragraph("None."));
    }
  }

  private void apply(UI ui, CallFact fact) {
    if (run == null || !run.apply(fact)) {
      return;
    }
    var update = run.update();
    canvas.showRun(new FlowCanvas.RunView(update.active(), update.path(), update.durationsMs()));
    timings.show(update.path(), update.durationsMs());
    transcript.show(run.transcript());
    if (fact instanceof CallFact.Status
        || fact instanceof CallFact.Ended
        || fact instanceof CallFact.Leg
        || recorded(fact)) {
      // the record (durations, hang-up), the legs, the recordings and the webhook events move
      // with these
      reader.refresh(details).thenAccept(fresh -> access(ui, () -> showDetails(fresh)));
    }
  }

  private static boolean recorded(CallFact fact) {
    return fact instanceof CallFact.Transcript t
        && t.event().type() == CallEventType.RECORD_FINISHED;
  }

  private void missing() {
    title.setText("No such call");
    summary.removeAll();
    canvas.setVisible(false);
  }

  /** "ringing", or once ended "hangup: cancel by local". */
  private static String legState(CallRecord leg) {
    String status = lower(leg.status().name());
    if (leg.hangupReason() == null) {
      return status;
    }
    String by = leg.hangupBy() == null ? "" : " by " + lower(leg.hangupBy().name());
    return status + ": " + lower(leg.hangupReason().name()) + by;
  }

  private static String lower(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  private static String nullToDash(String value) {
    return value == null ? "—" : value;
  }

  private static void access(UI ui, Command change) {
    try {
      ui.access(change);
    } catch (UIDetachedException e) {
      // the tab was closed meanwhile
    }
  }
}
