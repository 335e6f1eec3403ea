package dev.dialtone.ui.scenarios;

import dev.dialtone.runtime.scenarios.ScenarioResult;
import dev.dialtone.runtime.scenarios.ScenarioService;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A flow's scenario tests over REST: read and replace the stored list, run them against the draft.
 * Lists arrive as text so the reader can name every problem by scenario, step and field.
 */
@RestController
@RequestMapping("/api/v1/flows/{id}/scenarios")
class ScenariosController {

  private final ScenarioService scenarios;

  ScenariosController(ScenarioService scenarios) {
    this.scenarios = scenarios;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> list(@PathVariable UUID id) {
    return ResponseEntity.ok(wrapped(scenarios.json(id)));
  }

  /** Replaces the list: the body is {@code {"scenarios": [...]}}. */
  @PutMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> replace(
      @PathVariable UUID id, @RequestBody(required = false) String body, Principal user) {
    scenarios.save(id, ScenarioBodies.list(body), user.getName());
    return ResponseEntity.ok(wrapped(scenarios.json(id)));
  }

  /** Runs the stored scenarios, the ones named in {@code names}, or those in {@code scenarios}. */
  @PostMapping(path = "/run")
  RunResponse run(@PathVariable UUID id, @RequestBody(required = false) String body) {
    List<ScenarioResult> results = scenarios.run(id, body);
    return new RunResponse(results.stream().allMatch(ScenarioResult::passed), results);
  }

  record RunResponse(boolean passed, List<ScenarioResult> results) {}

  private static String wrapped(String list) {
    return "{\"scenarios\":" + list + "}";
  }
}
