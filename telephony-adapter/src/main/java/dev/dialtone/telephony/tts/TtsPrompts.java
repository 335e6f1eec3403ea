package dev.dialtone.telephony.tts;

import dev.dialtone.telephony.Speech;

/** Text-to-speech prompts: rendered once into the cache, handed to Asterisk as configured. */
public final class TtsPrompts implements PromptSource {

  private final PromptCache cache;
  private final PromptDelivery delivery;

  public TtsPrompts(PromptCache cache, PromptDelivery delivery) {
    this.cache = cache;
    this.delivery = delivery;
  }

  @Override
  public String mediaFor(Speech speech) {
    return delivery.mediaFor(cache.ensure(speech));
  }
}
