package dev.dialtone.ui.numbers;

import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.numbers.PhoneNumber;
import dev.dialtone.ui.api.Ids;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Phone numbers and the flow each routes to. */
@RestController
@RequestMapping("/api/v1/numbers")
class NumbersController {

  private final NumberService numbers;

  NumbersController(NumberService numbers) {
    this.numbers = numbers;
  }

  /** {@code {"number": "+15550100", "flow_id": "..."}}; flow_id may be null or absent. */
  record NumberRequest(String number, String flowId) {}

  /** {@code {"flow_id": "..."}}; null unassigns the number. */
  record AssignRequest(String flowId) {}

  @PostMapping
  ResponseEntity<PhoneNumber> create(@RequestBody NumberRequest request) {
    PhoneNumber created = numbers.create(request.number(), Ids.parse("flow_id", request.flowId()));
    return ResponseEntity.created(URI.create("/api/v1/numbers/" + created.number())).body(created);
  }

  @GetMapping
  Map<String, List<PhoneNumber>> list() {
    return Map.of("numbers", numbers.list());
  }

  @GetMapping("/{number}")
  PhoneNumber get(@PathVariable String number) {
    return numbers.get(number);
  }

  @PutMapping("/{number}")
  PhoneNumber assign(@PathVariable String number, @RequestBody AssignRequest request) {
    return numbers.assign(number, Ids.parse("flow_id", request.flowId()));
  }

  @DeleteMapping("/{number}")
  ResponseEntity<Void> delete(@PathVariable String number) {
    numbers.delete(number);
    return ResponseEntity.noContent().build();
  }
}
