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
 */
@ConfigurationProperties("dialtone.calls")
public record CallProperties(
    String apology,
    String apologyLanguage,
    String apologyVoice,
    Duration dialTimeout,
    String callerId) {

  public CallProperties {
    apology =
        apology == null || apology.isBlank()
            ? "Sorry, this number cannot take your call right now. Goodbye."
            : apology;
    apologyLanguage = apologyLanguage == null ? "en-US" : apologyLanguage;
    apologyVoice = apologyVoice == null ? "female" : apologyVoice;
    dialTimeout = dialTimeout == null ? Duration.ofSeconds(30) : dialTimeout;
    callerId = callerId == null || callerId.isBlank() ? "dialtone" : callerId;
  }
}
