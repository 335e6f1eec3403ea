package dev.dialtone.ui.api;

/** A change that must name the revision it was based on did not. */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String message) {
    super(message);
  }
}
