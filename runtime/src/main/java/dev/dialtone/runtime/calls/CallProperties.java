package dev.dialtone.runtime.calls;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the runtime treats calls it cannot serve and calls it places.
 *
 * @param apology what a rejected caller hears before the line is hung up
 * @param apologyLanguage the language (BCP 47) the apology is spoken in
 * @param apologyVoice the voice of the apology
 * @param dialTimeout how long an outbound call may ring before it ends as {@code dialout}
 * @param callerId the number an outbound call shows to the called party
 * @param maxConcurrentSetups how many inbound calls may be between answer and their flow's start at
 *     once; more wait their turn unanswered (ringing), so a burst of arrivals cannot crowd out the
 *     calls already in a flow (default: 4 per core, at least 8)
 */
@ConfigurationProperties("dialtone.calls")
public record CallProperties(
    String apology,
    String apologyLanguage,
    String apologyVoice,
    Duration dialTimeout,
    String callerId,
    Integer maxConcurrentSetups) {

  public CallProperties {
    apology =
        apology == null || apology.isBlank()
            ? "Sorry, this number cannot take your call right now. Goodbye."
            : apology;
    apologyLanguage = apologyLanguage == null ? "en-US" : apologyLanguage;
    apologyVoice = apologyVoice == null ? "female" : apologyVoice;
    dialTimeout = dialTimeout == null ? Duration.ofSeconds(30) : dialTimeout;
    callerId = callerId == null || callerId.isBlank() ? "dialtone" : callerId;
    maxConcurrentSetups =
        maxConcurrentSetups == null
            ? Math.max(8, 4 * Runtime.getRuntime().availableProcessors())
            : maxConcurrentSetups;
    if (maxConcurrentSetups < 1) {
      throw new IllegalArgumentException(
          "dialtone.calls.max-concurrent-setups must be at least 1, got " + maxConcurrentSetups);
    }
  }
}
