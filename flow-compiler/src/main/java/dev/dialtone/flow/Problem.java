package dev.dialtone.flow;

/**
 * One thing wrong with a flow document. The UI marks {@code nodeId} and {@code field}; the REST API
 * answers 400 with the list.
 *
 * @param nodeId the node concerned, or null when the problem is not about one node
 * @param field the offending property: a top-level field ({@code name}), a node field ({@code
 *     type}, {@code x}), an option name ({@code cases}), an edge field ({@code to}) or a port as
 *     {@code ports.<port>}; null when not applicable
 * @param code stable snake_case code, see {@link ProblemCodes}
 * @param message human text naming the node, field and value
 */
public record Problem(String nodeId, String field, String code, String message) {

  public Problem {
    if (code == null || message == null) {
      throw new IllegalArgumentException("a problem needs a code and a message");
    }
  }

  public static Problem ofDocument(String field, String code, String message) {
    return new Problem(null, field, code, message);
  }

  public static Problem ofNode(String nodeId, String field, String code, String message) {
    return new Problem(nodeId, field, code, message);
  }
}
