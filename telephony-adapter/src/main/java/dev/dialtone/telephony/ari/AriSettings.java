package dev.dialtone.telephony.ari;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Asterisk's REST interface.
 *
 * @param url the HTTP base of Asterisk's built-in server, e.g. {@code http://127.0.0.1:8088/}
 *     (ari4java appends {@code ari/...})
 * @param app the Stasis application the dialplan hands calls to
 * @param dialTemplate turns a phone number into an endpoint: {@code {number}} is the E.164 number,
 *     {@code {digits}} the same without the {@code +}
 * @param reconnectFloor the first wait before reconnecting the events WebSocket; it doubles on each
 *     failed attempt up to {@code reconnectCeiling}
 * @param keepalive how often the events WebSocket is pinged; a socket that answers nothing for two
 *     of these is taken as dropped (a peer that vanished without closing, or a close the client did
 *     not notice)
 */
public record AriSettings(
    URI url,
    String username,
    String password,
    String app,
    DialTemplate dialTemplate,
    Duration reconnectFloor,
    Duration reconnectCeiling,
    Duration keepalive) {

  public AriSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(dialTemplate, "dialTemplate");
    if (app == null || app.isBlank()) {
      throw new IllegalArgumentException("an ARI application name is required");
    }
    if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
      throw new IllegalArgumentException("the ARI url must be http(s), got " + url);
    }
    reconnectFloor = reconnectFloor == null ? Duration.ofMillis(250) : reconnectFloor;
    reconnectCeiling = reconnectCeiling == null ? Duration.ofSeconds(15) : reconnectCeiling;
    keepalive = keepalive == null ? Duration.ofSeconds(5) : keepalive;
    if (keepalive.toMillis() < 10) {
      throw new IllegalArgumentException(
          "the ARI keepalive must be at least 10 ms, got " + keepalive);
    }
  }

  public AriSettings(URI url, String username, String password, String app, String dialTemplate) {
    this(url, username, password, app, new DialTemplate(dialTemplate), null, null, null);
  }
}
