package dev.dialtone.telephony;

/** The channel hung up (or never existed) before the operation could finish. */
public class ChannelGoneException extends RuntimeException {

  public ChannelGoneException(String channelId) {
    super("channel " + channelId + " is gone");
  }
}
