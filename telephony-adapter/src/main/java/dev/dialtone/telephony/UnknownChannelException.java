package dev.dialtone.telephony;

/** A caller-side action named a channel that does not exist (any more). */
public class UnknownChannelException extends RuntimeException {

  public UnknownChannelException(String channelId) {
    super("no live channel " + channelId);
  }
}
