package dev.dialtone.runtime.flows;

/**
 * Flow work refused or stopped by {@link CompilationSlots}: all slots taken ({@link #BUSY}) or the
 * deadline passed ({@link #TIMEOUT}). The server is fine; the client may try again later.
 */
public class CompilationLimitException extends RuntimeException {

  public static final String BUSY = "compilation_busy";
  public static final String TIMEOUT = "compilation_timeout";

  private final String code;

  public CompilationLimitException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
