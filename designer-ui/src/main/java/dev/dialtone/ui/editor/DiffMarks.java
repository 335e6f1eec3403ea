package dev.dialtone.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the canvas marks a comparison of two versions: nodes and wires added, removed (drawn ghosted
 * where they were) or changed. Sent to the browser as the state {@code diff}; {@link #NONE} clears
 * it.
 *
 * @param nodes mark by node id
 * @param wires the wires that are marked
 */
public record DiffMarks(Map<String, String> nodes, List<WireMark> wires) {

  public static final DiffMarks NONE = new DiffMarks(Map.of(), List.of());

  public DiffMarks {
    nodes = Map.copyOf(nodes);
    wires = List.copyOf(wires);
  }

  /** What happened to a node or wire. */
  public enum Mark {
    ADDED,
    REMOVED,
    CHANGED;

    /** As the browser reads it: a CSS class and data attribute suffix ("added", …). */
    public String shown() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A wire from {@code from}'s {@code port} to {@code to}, and what happened to it ({@link
   * Mark#shown}).
   */
  public record WireMark(String from, String port, String to, String mark) {}
}
