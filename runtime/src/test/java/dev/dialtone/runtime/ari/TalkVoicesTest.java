package dev.dialtone.runtime.ari;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.nodes.TalkNode;
import dev.dialtone.telephony.tts.Voices;
import org.junit.jupiter.api.Test;

/** The talk node accepts exactly what the text-to-speech can speak: no silent fallback. */
class TalkVoicesTest {

  @Test
  void theTalkNodeAndTheSpeechEngineAgreeOnLanguagesAndVoices() {
    assertThat(TalkNode.LANGUAGES).containsExactlyInAnyOrderElementsOf(Voices.languages());
    assertThat(TalkNode.VOICES).containsExactlyElementsOf(Voices.GENDERS);
  }
}
