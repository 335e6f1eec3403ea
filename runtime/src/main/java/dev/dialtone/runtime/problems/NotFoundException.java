package dev.dialtone.runtime.problems;

/** The thing asked for does not exist; the message says which. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
