package dev.dialtone.ui.editor.testcall;

import java.util.List;
import java.util.Map;

/**
 * Where a test call is on the canvas, for {@code FlowCanvas.showRun}.
 *
 * @param active the node executing now: the newest node the call reached, while the call is live;
 *     null before the first node and once the call ended
 * @param path the node ids visited, in order, a node once per visit
 * @param durationsMs node id to milliseconds spent in it, summed over its visits; a visit counts
 *     once it ended (filled as the call goes, complete when it ended). A node still running when
 *     the call hung up counts until the hang-up.
 * @param ended whether the call hung up
 */
public record RunUpdate(
    String active, List<String> path, Map<String, Long> durationsMs, boolean ended) {

  public static final RunUpdate NONE = new RunUpdate(null, List.of(), Map.of(), false);

  public RunUpdate {
    path = List.copyOf(path);
    durationsMs = Map.copyOf(durationsMs);
  }
}
