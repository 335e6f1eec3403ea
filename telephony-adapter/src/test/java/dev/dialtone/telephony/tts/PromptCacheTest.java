package dev.dialtone.telephony.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.telephony.Speech;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCacheTest {

  @TempDir Path directory;
  private final AtomicInteger renders = new AtomicInteger();
  private final SpeechRenderer counting =
      (text, language, voice) -> {
        renders.incrementAndGet();
        Voices.espeakVoice(language, voice); // the same check the real engine makes
        return Wav.write(WavTest.tone(440, 8000, 800), 8000);
      };

  @Test
  void rendersEachTextVoiceAndLanguageOnce() throws Exception {
    PromptCache cache = new PromptCache(directory, counting);
    String first = cache.ensure(new Speech("Welcome", "en-US", "female"));
    String again = cache.ensure(new Speech("Welcome", "en-US", "female"));
    String male = cache.ensure(new Speech("Welcome", "en-US", "male"));
    String german = cache.ensure(new Speech("Welcome", "de-DE", "female"));

    assertThat(again).isEqualTo(first);
    assertThat(male).isNotEqualTo(first);
    assertThat(german).isNotIn(first, male);
    assertThat(renders).hasValue(3);
    assertThat(cache.find(first)).hasValueSatisfying(f -> assertThat(f).hasExtension("wav"));
    assertThat(Files.readAllBytes(cache.find(first).orElseThrow())).startsWith("RIFF".getBytes());
  }

  @Test
  void anUnknownVoiceIsAnErrorNotAFallback() {
    PromptCache cache = new PromptCache(directory, counting);
    assertThatThrownBy(() -> cache.ensure(new Speech("Hi", "xx-YY", "female")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'xx-YY'");
    assertThatThrownBy(() -> cache.ensure(new Speech("Hi", "en-US", "robot")))
        .hasMessageContaining("'robot'");
  }

  @Test
  void findsOnlyWellFormedKeys() {
    PromptCache cache = new PromptCache(directory, counting);
    assertThat(cache.find("../../etc/passwd")).isEmpty();
    assertThat(cache.find("0".repeat(40))).isEmpty();
  }

  @Test
  void deliversByUrlWithASignatureOrFromTheSharedDirectory() {
    PromptSigner signer = new PromptSigner("a-secret-of-some-length");
    String key = PromptCache.keyOf(new Speech("Hi", "en-US", "female"));
    String url =
        new PromptDelivery.Http(java.net.URI.create("http://10.0.0.5:8080"), signer).mediaFor(key);
    assertThat(url)
        .isEqualTo(
            "sound:http://10.0.0.5:8080/media/prompts/" + key + "-" + signer.sign(key) + ".wav");
    assertThat(signer.verify(key, signer.sign(key))).isTrue();
    assertThat(signer.verify(key, "0".repeat(32))).isFalse();
    assertThat(new PromptSigner("another-secret-entirely").verify(key, signer.sign(key))).isFalse();

    assertThat(new PromptDelivery.SharedDirectory(directory).mediaFor(key))
        .isEqualTo("sound:" + directory.toAbsolutePath() + "/" + key);
  }
}
