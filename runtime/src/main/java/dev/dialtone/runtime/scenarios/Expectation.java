package dev.dialtone.runtime.scenarios;

import java.util.List;

/**
 * What must have happened by the end of the call; a null part is not checked.
 *
 * @param heard what the caller heard, in order: spoken texts and played URLs; an entry ending in
 *     "…" or "..." matches any line that starts with the rest
 * @param path the ids of the nodes the call ran, in order
 * @param hangupBy {@code local} (the flow hung up) or {@code remote} (the caller did)
 */
public record Expectation(List<String> heard, List<String> path, String hangupBy) {

  public Expectation {
    heard = heard == null ? null : List.copyOf(heard);
    path = path == null ? null : List.copyOf(path);
  }
}
