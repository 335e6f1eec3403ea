package dev.dialtone.flow.nodes;

import dev.dialtone.flow.ProblemCodes;

/**
 * An exit of a node; every port needs exactly one edge.
 *
 * @param missingEdgeCode the problem code when the port has no edge
 */
public record Port(String name, String missingEdgeCode) {

  public static Port of(String name) {
    return new Port(name, ProblemCodes.PORT_WITHOUT_EDGE);
  }
}
