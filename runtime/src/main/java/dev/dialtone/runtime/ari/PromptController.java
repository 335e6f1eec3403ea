package dev.dialtone.runtime.ari;

import dev.dialtone.telephony.tts.PromptCache;
import dev.dialtone.telephony.tts.PromptSigner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves rendered prompts to Asterisk, which fetches {@code sound:http://…} media without a login:
 * the signature in the name is the authorisation, so only URLs this app handed out open.
 */
@RestController
class PromptController {

  private static final Pattern NAME = Pattern.compile("([0-9a-f]{40})-([0-9a-f]{32})\\.wav");
  private static final MediaType WAV = MediaType.parseMediaType("audio/wav");

  private final PromptCache cache;
  private final PromptSigner signer;

  PromptController(PromptCache cache, PromptSigner signer) {
    this.cache = cache;
    this.signer = signer;
  }

  @GetMapping("/media/prompts/{name}")
  ResponseEntity<Resource> prompt(@PathVariable String name) {
    return file(name)
        .<ResponseEntity<Resource>>map(
            file ->
                ResponseEntity.ok()
                    .contentType(WAV)
                    // a key names one rendering for good: Asterisk's media cache may keep it
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
                    .body(new FileSystemResource(file)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** Wrong signature, bad name or no such prompt all look the same from outside: not found. */
  Optional<Path> file(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches() || !signer.verify(matcher.group(1), matcher.group(2))) {
      return Optional.empty();
    }
    return cache.find(matcher.group(1));
  }
}
