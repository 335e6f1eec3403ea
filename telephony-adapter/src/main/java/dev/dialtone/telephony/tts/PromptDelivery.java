package dev.dialtone.telephony.tts;

import java.net.URI;
import java.nio.file.Path;

/**
 * How Asterisk gets a rendered prompt: over HTTP from the app ({@code sound:http://…}; Asterisk
 * caches it), or from a directory both can read ({@code sound:/dir/key}, no copy at all).
 */
public sealed interface PromptDelivery {

  /** The media URI for a cached prompt. */
  String mediaFor(String key);

  /** URLs {@code <base>/media/prompts/<key>-<signature>.wav}, served by the app. */
  record Http(URI base, PromptSigner signer) implements PromptDelivery {
    public Http {
      String text = base.toString();
      base = text.endsWith("/") ? base : URI.create(text + "/");
    }

    @Override
    public String mediaFor(String key) {
      return "sound:" + base + "media/prompts/" + key + "-" + signer.sign(key) + ".wav";
    }
  }

  /** The cache directory itself, shared with Asterisk (same path on both sides). */
  record SharedDirectory(Path directory) implements PromptDelivery {
    @Override
    public String mediaFor(String key) {
      // Asterisk adds the extension of the format it picks
      return "sound:" + directory.toAbsolutePath().resolve(key);
    }
  }
}
