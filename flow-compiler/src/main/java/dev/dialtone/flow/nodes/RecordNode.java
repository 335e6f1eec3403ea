package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.atLeast;
import static dev.dialtone.flow.nodes.OptionRule.atMost;
import static dev.dialtone.flow.nodes.OptionRule.oneOf;
import static dev.dialtone.flow.nodes.OptionRule.variableName;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowEdge;
import java.util.List;

/**
 * Records the caller until the maximum duration, the finish key or the end of silence; the stored
 * recording's id goes into a flow variable.
 */
@AutoService(NodeType.class)
public final class RecordNode implements NodeType {

  public static final String NAME = "record";
  public static final String MAX_DURATION_MS = "max_duration_ms";
  public static final String BEEP = "beep";
  public static final String FINISH_KEY = "finish_key";
  public static final String END_OF_SILENCE_MS = "end_of_silence_ms";
  public static final String VARIABLE = "variable";

  /**
   * The worker holds the node's job while it records: far below the runtime's job timeout (an hour
   * by default), so a recording never outlives its job.
   */
  public static final long LONGEST_MS = 30 * 60 * 1000L;

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.optional(
              MAX_DURATION_MS,
              OptionType.INTEGER,
              60_000L,
              "Longest recording, in milliseconds (at most 30 minutes)",
              atLeast(1),
              atMost(LONGEST_MS, "(30 minutes)")),
          OptionSpec.optional(
              BEEP, OptionType.BOOLEAN, true, "Play a beep first", new OptionRule[0]),
          OptionSpec.optional(
              FINISH_KEY,
              OptionType.STRING,
              "#",
              "Key that ends the recording; empty for none",
              oneOf("", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#")),
          OptionSpec.optional(
              END_OF_SILENCE_MS,
              OptionType.INTEGER,
              0L,
              "Stop after this much silence, in milliseconds; 0: never",
              atLeast(0)),
          OptionSpec.optional(
              VARIABLE,
              OptionType.STRING,
              "recording_id",
              "Variable that receives the recording id",
              variableName(true)));

  public int paletteOrder() {
    return 70;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Record what the caller says";
  }

  public String colour() {
    return "#65a30d";
  }

  public String icon() {
    return "vaadin:microphone";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return List.of(Port.of(FlowEdge.NEXT));
  }
}
