package dev.dialtone.runtime.calls;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the call list ended: the last call shown. The list is ordered by creation time
 * and then id, both descending, so the pair names one place even when calls share a timestamp.
 * Clients get it as an opaque {@link #token()}, so the ordering can change without breaking them.
 */
public record CallCursor(Instant tmCreate, UUID id) {

  private static final String VERSION = "c1";

  public static CallCursor of(CallRecord call) {
    return new CallCursor(call.tmCreate(), call.id());
  }

  /** The cursor as URL-safe text: what the API hands out as {@code next_cursor}. */
  public String token() {
    String plain = VERSION + "|" + tmCreate + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a {@link #token()} back.
   *
   * @throws IllegalArgumentException when the text is not a token this class wrote
   */
  public static CallCursor parse(String token) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("not a call list cursor");
      }
      return new CallCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a call list cursor", e);
    }
  }
}
