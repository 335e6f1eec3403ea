package dev.dialtone.telephony.sim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The virtual phones the simulated telephony rings, by address. */
public final class VirtualPhones {

  private final Map<String, VirtualPhone> byAddress = new ConcurrentHashMap<>();

  /** Adds a phone, or replaces the one at its address. */
  public void put(VirtualPhone phone) {
    byAddress.put(phone.address(), phone);
  }

  public Optional<VirtualPhone> find(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  public boolean remove(String address) {
    return byAddress.remove(address) != null;
  }

  public Collection<VirtualPhone> all() {
    return List.copyOf(byAddress.values());
  }
}
