package dev.dialtone.runtime.ari;

import dev.dialtone.telephony.ari.AriTelephony;
import dev.dialtone.telephony.ari.ConnectionState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Up while the events WebSocket to Asterisk is open: only then can calls arrive. */
class AriHealthIndicator implements HealthIndicator {

  private final AriTelephony telephony;
  private final String url;

  AriHealthIndicator(AriTelephony telephony, String url) {
    this.telephony = telephony;
    this.url = url;
  }

  @Override
  public Health health() {
    ConnectionState state = telephony.connectionState();
    Health.Builder health = state.isUp() ? Health.up() : Health.down();
    health.withDetail("url", url).withDetail("since", state.since().toString());
    health.withDetail("channels", telephony.liveChannels());
    if (!state.isUp()) {
      health.withDetail("reason", state.status() + ": " + state.detail());
    }
    return health.build();
  }
}
