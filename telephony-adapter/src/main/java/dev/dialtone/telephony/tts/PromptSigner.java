package dev.dialtone.telephony.tts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs prompt keys for URLs Asterisk fetches without a login: only a URL the app handed out opens
 * a prompt, and none can be guessed from a text.
 */
public final class PromptSigner {

  private final SecretKeySpec secret;

  public PromptSigner(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("the prompt-signing secret needs 16 characters or more");
    }
    this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String sign(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean verify(String key, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(key).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }
}
