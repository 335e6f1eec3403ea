package dev.dialtone.runtime.routing;

/** A call that cannot be served; the message is the reason stored in its record. */
public class CallRejectedException extends Exception {

  public CallRejectedException(String reason) {
    super(reason);
  }
}
