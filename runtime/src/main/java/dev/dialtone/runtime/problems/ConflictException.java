package dev.dialtone.runtime.problems;

/**
 * The request clashes with the current state (a newer revision, a taken number); nothing changed.
 */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
