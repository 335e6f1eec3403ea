package dev.dialtone.ui.simulator;

import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.testcall.TestCallService;
import dev.dialtone.ui.api.Ids;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Simulated callers (dial in, press keys, hang up) and test calls of drafts. Off when {@code
 * dialtone.simulator.enabled} is false (the {@code prod} profile): the paths then answer 404.
 */
@RestController
@ConditionalOnBooleanProperty(name = "dialtone.simulator.enabled", matchIfMissing = true)
class SimulatorController {

  private final SimulatorService simulator;
  private final TestCallService testCalls;

  SimulatorController(SimulatorService simulator, TestCallService testCalls) {
    this.simulator = simulator;
    this.testCalls = testCalls;
  }

  record CallRequest(String from, String to) {}

  record DigitsRequest(String digits) {}

  record TestCallRequest(String flowId, String revision) {}

  @PostMapping("/api/v1/simulator/calls")
  ResponseEntity<Map<String, UUID>> call(@RequestBody CallRequest request) {
    return created(simulator.call(request.from(), request.to()));
  }

  @PostMapping("/api/v1/simulator/calls/{id}/digits")
  ResponseEntity<Void> digits(@PathVariable UUID id, @RequestBody DigitsRequest request) {
    simulator.pressDigits(id, request.digits());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/v1/simulator/calls/{id}/hangup")
  ResponseEntity<Void> hangup(@PathVariable UUID id) {
    simulator.hangup(id);
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/v1/test-calls")
  ResponseEntity<Map<String, UUID>> testCall(@RequestBody TestCallRequest request) {
    return created(testCalls.start(Ids.require("flow_id", request.flowId()), request.revision()));
  }

  private static ResponseEntity<Map<String, UUID>> created(UUID callId) {
    return ResponseEntity.created(URI.create("/api/v1/calls/" + callId))
        .body(Map.of("call_id", callId));
  }
}
