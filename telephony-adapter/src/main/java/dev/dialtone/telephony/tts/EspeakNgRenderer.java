package dev.dialtone.telephony.tts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders with the {@code espeak-ng} program (Debian package {@code espeak-ng}): it writes a 22.05
 * kHz WAV to stdout, which is resampled here to Asterisk's 8 kHz.
 */
public final class EspeakNgRenderer implements SpeechRenderer {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private final String executable;

  public EspeakNgRenderer() {
    this("espeak-ng");
  }

  public EspeakNgRenderer(String executable) {
    this.executable = executable;
  }

  @Override
  public byte[] render(String text, String language, String voice) {
    String espeakVoice = Voices.espeakVoice(language, voice);
    // The text goes through stdin: never parsed as options, whatever the caller typed.
    List<String> command = List.of(executable, "-v", espeakVoice, "--stdout", "--stdin");
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(text.getBytes(StandardCharsets.UTF_8));
      }
      byte[] wav;
      try (InputStream stdout = process.getInputStream()) {
        wav = stdout.readAllBytes();
      }
      if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("espeak-ng took longer than " + LIMIT);
      }
      if (process.exitValue() != 0 || wav.length < 44) {
        throw new IllegalStateException(
            "espeak-ng failed (exit " + process.exitValue() + ") for voice " + espeakVoice);
      }
      return Wav.toPhoneWav(wav);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run " + executable + " (is the espeak-ng package installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering speech", e);
    }
  }
}
