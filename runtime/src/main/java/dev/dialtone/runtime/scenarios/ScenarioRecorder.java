package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a call that ran (a Simulate run in the editor) into a scenario: each key the caller
 * pressed, and their hang-up, becomes a step anchored to the start of the node it happened in (with
 * the visit, when the call had been there before); what it heard, its path and who hung up become
 * the expectation.
 */
public final class ScenarioRecorder {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScenarioRecorder() {}

  /** The scenario as JSON, in the format {@link ScenarioReader} reads. */
  public static ObjectNode record(
      String name, List<CallStep> trace, List<CallEvent> transcript, String hangupBy) {
    List<CallStep> steps = new ArrayList<>(trace);
    steps.sort(Comparator.comparingInt(CallStep::seq));
    List<CallEvent> events = new ArrayList<>(transcript);
    events.sort(Comparator.comparingInt(CallEvent::seq));
    ObjectNode scenario = JSON.createObjectNode();
    scenario.put("name", name);
    ArrayNode caller = scenario.putArray("caller");
    ArrayNode heard = JSON.createArrayNode();
    for (CallEvent event : events) {
      switch (event.type()) {
        case DIGITS -> anchored(caller.addObject(), event, steps).put("press", event.content());
        case HANGUP -> {
          if ("caller".equals(event.content())) {
            anchored(caller.addObject(), event, steps).put("hang_up", true);
          }
        }
        case TALK, PLAY -> heard.add(event.content());
        default -> {}
      }
    }
    ObjectNode expect = scenario.putObject("expect");
    expect.set("heard", heard);
    ArrayNode path = expect.putArray("path");
    steps.forEach(step -> path.add(step.nodeId()));
    if (hangupBy != null) {
      expect.put("hangup_by", hangupBy);
    }
    return scenario;
  }

  /** Anchors a step to the last start of the event's node before it. */
  private static ObjectNode anchored(ObjectNode step, CallEvent event, List<CallStep> steps) {
    if (event.nodeId() == null || event.at() == null) {
      return step;
    }
    CallStep start = null;
    int visit = 0;
    int visits = 0;
    for (CallStep candidate : steps) {
      if (!candidate.nodeId().equals(event.nodeId())) {
        continue;
      }
      visits++;
      if (candidate.startedAt() != null && !candidate.startedAt().isAfter(event.at())) {
        start = candidate;
        visit = visits;
      }
    }
    if (start == null) {
      return step;
    }
    step.put("at", event.nodeId());
    if (visit > 1) {
      step.put("visit", visit);
    }
    long after = Duration.between(start.startedAt(), event.at()).toMillis();
    if (after > 0) {
      step.put("after_ms", after);
    }
    return step;
  }
}
