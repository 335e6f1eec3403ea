package dev.dialtone.runtime.ari;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.tts.PromptCache;
import dev.dialtone.telephony.tts.PromptSigner;
import dev.dialtone.telephony.tts.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

class PromptControllerTest {

  @TempDir Path directory;

  @Test
  void servesASignedPromptAndNothingElse() throws Exception {
    byte[] wav = Wav.toPhoneWav(Files.readAllBytes(silence(directory.resolve("in.wav"))));
    PromptCache cache = new PromptCache(directory.resolve("cache"), (text, lang, voice) -> wav);
    PromptSigner signer = new PromptSigner("sixteen-chars-at-least");
    PromptController controller = new PromptController(cache, signer);
    String key = cache.ensure(new Speech("Hello", "en-US", "female"));

    ResponseEntity<Resource> ok = controller.prompt(key + "-" + signer.sign(key) + ".wav");
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
    assertThat(ok.getHeaders().getContentType()).hasToString("audio/wav");
    assertThat(ok.getBody().getContentAsByteArray()).isEqualTo(wav);

    String forged = new PromptSigner("someone-elses-secret").sign(key);
    assertThat(controller.prompt(key + "-" + forged + ".wav").getStatusCode().value())
        .isEqualTo(404);
    assertThat(controller.prompt(key + ".wav").getStatusCode().value()).isEqualTo(404);
    String other = "a".repeat(40);
    assertThat(controller.prompt(other + "-" + signer.sign(other) + ".wav").getStatusCode().value())
        .as("signed but never rendered")
        .isEqualTo(404);
  }

  private static Path silence(Path file) throws Exception {
    byte[] header = new byte[44 + 1600];
    java.nio.ByteBuffer wav =
        java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + 1600).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    wav.putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes()).putInt(1600);
    return Files.write(file, header);
  }
}
