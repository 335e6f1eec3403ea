package dev.dialtone.runtime.ari;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Asterisk over ARI ({@code dialtone.telephony.ari.*}). Setting {@code url} turns it on; the
 * simulated telephony stays beside it for the simulator and the in-browser test call.
 *
 * @param url Asterisk's HTTP server, e.g. http://127.0.0.1:8088/ (ARI lives under /ari)
 * @param username ARI user (ari.conf)
 * @param password ARI password (ari.conf)
 * @param app the Stasis application the dialplan sends calls to
 * @param dialTemplate the endpoint a phone number is dialed through: {number} is the E.164 number,
 *     {digits} the same without +, e.g. PJSIP/{digits}@trunk
 * @param reconnectFloor the first wait before reopening a dropped events WebSocket (it doubles)
 * @param reconnectCeiling the longest wait between two attempts
 * @param keepalive how often the events WebSocket is pinged; two intervals without an answer end it
 * @param prompts how text-to-speech prompts reach Asterisk
 */
@ConfigurationProperties("dialtone.telephony.ari")
public record AriProperties(
    URI url,
    @DefaultValue("dialtone") String username,
    @DefaultValue("") String password,
    @DefaultValue("dialtone") String app,
    @DefaultValue("PJSIP/{digits}@trunk") String dialTemplate,
    @DefaultValue("250ms") Duration reconnectFloor,
    @DefaultValue("15s") Duration reconnectCeiling,
    @DefaultValue("5s") Duration keepalive,
    @DefaultValue Prompts prompts) {

  /**
   * @param mode url: Asterisk fetches each prompt from this app over HTTP; directory: Asterisk
   *     reads it from a directory both can see
   * @param baseUrl how Asterisk reaches this app (mode url), e.g. http://10.0.0.2:8080/
   * @param dir where rendered prompts are cached (and, in mode directory, the path Asterisk reads;
   *     it must be the same path on both sides)
   * @param secret signs prompt URLs (mode url); keep it across restarts and instances so URLs that
   *     Asterisk cached stay valid; random per start when empty
   */
  public record Prompts(
      @DefaultValue("url") PromptMode mode,
      URI baseUrl,
      Path dir,
      @DefaultValue("") String secret) {}

  public enum PromptMode {
    URL,
    DIRECTORY
  }
}
