package dev.dialtone.runtime.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulated telephony behaves.
 *
 * @param charsPerSecond how fast simulated speech is spoken: a prompt lasts len(text) / this
 * @param playDuration how long a simulated audio file plays
 */
@ConfigurationProperties("dialtone.simulator")
public record SimulatorProperties(Double charsPerSecond, Duration playDuration) {

  public SimulatorProperties {
    charsPerSecond = charsPerSecond == null ? 15.0 : charsPerSecond;
    playDuration = playDuration == null ? Duration.ofSeconds(3) : playDuration;
  }
}
