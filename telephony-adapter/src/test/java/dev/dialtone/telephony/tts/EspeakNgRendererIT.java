package dev.dialtone.telephony.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Runs the espeak-ng program (the Debian package must be installed, as CI does). */
class EspeakNgRendererIT {

  private final EspeakNgRenderer renderer = new EspeakNgRenderer();

  @Test
  void rendersPhoneAudioForEverySupportedLanguage() {
    for (String language : Voices.languages()) {
      for (String voice : Voices.GENDERS) {
        Wav.Pcm pcm = Wav.read(renderer.render("one two three", language, voice));
        assertThat(pcm.rate()).as(language).isEqualTo(8000);
        double seconds = pcm.samples().length / 8000.0;
        assertThat(seconds).as(language + " " + voice).isBetween(0.4, 4.0);
        assertThat(peak(pcm.samples())).as(language + " is not silence").isGreaterThan(2000);
      }
    }
  }

  @Test
  void textThatLooksLikeAnOptionIsSpokenNotObeyed() {
    Wav.Pcm pcm = Wav.read(renderer.render("--version -w /tmp/x", "en-US", "male"));
    assertThat(pcm.samples().length).isGreaterThan(4000);
  }

  @Test
  void aMissingProgramSaysWhatToInstall() {
    assertThatThrownBy(() -> new EspeakNgRenderer("no-such-espeak").render("x", "en-US", "male"))
        .hasMessageContaining("espeak-ng package");
  }

  private static int peak(short[] samples) {
    int peak = 0;
    for (short s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    return peak;
  }
}
