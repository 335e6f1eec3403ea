package dev.dialtone.runtime.legs;

/** How a queued prompt ended, told once. */
@FunctionalInterface
public interface PromptEnd {

  /**
   * @param error null when the prompt was heard (to the end, or until a key cut it short); {@link
   *     dev.dialtone.telephony.ChannelGoneException} when the caller left first
   * @param cutShort a key stopped the prompt (barge-in)
   */
  void ended(Throwable error, boolean cutShort);
}
