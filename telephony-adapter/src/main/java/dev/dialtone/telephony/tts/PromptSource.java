package dev.dialtone.telephony.tts;

import dev.dialtone.telephony.Speech;

/** Turns a text to speak into a medium Asterisk can play ({@code sound:...}). May block. */
@FunctionalInterface
public interface PromptSource {

  String mediaFor(Speech speech);
}
