package dev.dialtone.telephony.tts;

/**
 * A text-to-speech engine: text in a language with a voice, to audio Asterisk plays (WAV, 8 kHz,
 * mono, 16-bit). Blocks while it renders; callers run it off the event threads.
 */
public interface SpeechRenderer {

  /**
   * @throws IllegalArgumentException when the engine has no voice for {@code language}/{@code
   *     voice}
   */
  byte[] render(String text, String language, String voice);
}
