package dev.dialtone.ui.calls;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.dialtone.runtime.calls.CallRecord;
import java.time.Instant;
import java.util.Locale;

/** A call's record as labelled facts: status, parties, hang-up, and ring / talk / total. */
class CallSummary extends Div {

  CallSummary() {
    setId("call-summary");
    addClassName("call-summary");
  }

  void show(CallRecord call, String flowName) {
    removeAll();
    CallDurations durations = CallDurations.of(call, Instant.now());
    fact("status", "Status", lower(call.status()));
    fact("from", "From", call.source());
    fact("to", "To", call.destination());
    fact("direction", "Direction", lower(call.direction()));
    fact(
        "flow",
        "Flow",
        flowName
            + (call.flowVersion() == null
                ? " (" + lower(call.revision()) + ")"
                : " v" + call.flowVersion()));
    if (call.hangupReason() != null) {
      fact(
          "hangup",
          "Hang-up",
          lower(call.hangupReason())
              + (call.hangupBy() == null ? "" : " by " + lower(call.hangupBy())));
    }
    if (call.rejectReason() != null) {
      fact("reject", "Refused", call.rejectReason());
    }
    fact("ring", "Ring", CallDurations.text(durations.ring()));
    fact("talk", "Talk", CallDurations.text(durations.talk()));
    fact("total", "Total", CallDurations.text(durations.total()));
  }

  private void fact(String key, String label, String value) {
    Span name = new Span(label);
    name.addClassName("call-fact-label");
    Span text = new Span(value == null ? "—" : value); // text, never HTML
    text.getElement().setAttribute("data-fact", key);
    Div fact = new Div(name, text);
    fact.addClassName("call-fact");
    add(fact);
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
