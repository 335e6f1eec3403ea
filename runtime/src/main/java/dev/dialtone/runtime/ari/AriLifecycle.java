package dev.dialtone.runtime.ari;

import dev.dialtone.telephony.ari.AriTelephony;
import org.springframework.context.SmartLifecycle;

/**
 * Opens the events WebSocket once the context is up: by then the call lifecycle listens, so the
 * first call that arrives has somewhere to go.
 */
class AriLifecycle implements SmartLifecycle {

  private final AriTelephony telephony;
  private volatile boolean running;

  AriLifecycle(AriTelephony telephony) {
    this.telephony = telephony;
  }

  @Override
  public void start() {
    telephony.start();
    running = true;
  }

  @Override
  public void stop() {
    // closing is the bean's destroy method: it must outlive the listeners that still hang up
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
