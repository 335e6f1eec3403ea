package dev.dialtone.ui.calls;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import java.util.Map;

/** The path a call took, node by node in order, with the time spent in each node. */
class NodeTimings extends OrderedList {

  NodeTimings() {
    setId("call-path");
    addClassName("call-path");
  }

  /** One entry per visit; a node's time is its total over all its visits. */
  void show(List<String> path, Map<String, Long> durationsMs) {
    removeAll();
    for (String nodeId : path) {
      Long ms = durationsMs.get(nodeId);
      ListItem item = new ListItem(nodeId + (ms == null ? " — running" : " — " + seconds(ms)));
      item.getElement().setAttribute("data-node", nodeId);
      add(item);
    }
  }

  private static String seconds(long ms) {
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
