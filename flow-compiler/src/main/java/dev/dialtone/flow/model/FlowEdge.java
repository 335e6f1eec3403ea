package dev.dialtone.flow.model;

import java.util.Objects;

/** A wire from a port of node {@code from} to node {@code to}. */
public record FlowEdge(String from, String port, String to) {

  /** The port of single-exit nodes, and of any edge that does not name one. */
  public static final String NEXT = "next";

  public FlowEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    port = port == null ? NEXT : port;
  }

  public FlowEdge(String from, String to) {
    this(from, NEXT, to);
  }
}
