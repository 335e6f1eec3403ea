package dev.dialtone.ui.simulator;

import dev.dialtone.runtime.simulator.PhoneRequest;
import dev.dialtone.runtime.simulator.VirtualPhoneService;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Virtual phones of the simulated telephony. Off with the rest of the simulator ({@code
 * dialtone.simulator.enabled=false}, the {@code prod} profile): the paths then answer 404.
 */
@RestController
@RequestMapping("/api/v1/simulator/phones")
@ConditionalOnBooleanProperty(name = "dialtone.simulator.enabled", matchIfMissing = true)
class PhonesController {

  private final VirtualPhoneService phones;

  PhonesController(VirtualPhoneService phones) {
    this.phones = phones;
  }

  record PhoneResponse(String address, String behavior, long afterMs, Long talkMs) {
    static PhoneResponse of(VirtualPhone phone) {
      return new PhoneResponse(
          phone.address(),
          phone.behavior().name().toLowerCase(Locale.ROOT),
          phone.after().toMillis(),
          phone.talk() == null ? null : phone.talk().toMillis());
    }
  }

  @PostMapping
  ResponseEntity<PhoneResponse> put(@RequestBody PhoneRequest request) {
    PhoneResponse phone = PhoneResponse.of(phones.put(request));
    return ResponseEntity.created(URI.create("/api/v1/simulator/phones/" + phone.address()))
        .body(phone);
  }

  @GetMapping
  Map<String, List<PhoneResponse>> list() {
    return Map.of("phones", phones.list().stream().map(PhoneResponse::of).toList());
  }

  @DeleteMapping("/{address}")
  ResponseEntity<Void> remove(@PathVariable String address) {
    phones.remove(address);
    return ResponseEntity.noContent().build();
  }
}
