package dev.dialtone.runtime.simulator;

/**
 * A simulated caller's action with a bad value; names the field, the value and what was expected.
 */
public class SimulatorInputException extends IllegalArgumentException {

  private final String field;

  public SimulatorInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  static SimulatorInputException expected(String field, String value, String expected) {
    return new SimulatorInputException(
        field,
        "'"
            + field
            + "' must be "
            + expected
            + (value == null ? ", got nothing" : ", got '" + value + "'"));
  }

  public String field() {
    return field;
  }
}
