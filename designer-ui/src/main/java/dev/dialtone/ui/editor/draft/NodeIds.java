package dev.dialtone.ui.editor.draft;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Hands out node ids that are free in a document: the type and a number ({@code talk3}). */
final class NodeIds {

  private final Set<String> taken;

  NodeIds(FlowDocument document) {
    this.taken =
        document.nodes().stream().map(FlowNode::id).collect(Collectors.toCollection(HashSet::new));
  }

  /** A new id starting with {@code stem}; later calls never return it again. */
  String next(String stem) {
    String base = stem.replaceAll("[^A-Za-z0-9_-]", "_").replaceAll("_+$", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
      base = "node" + base;
    }
    base = base.replace(FlowNode.RESERVED_ID_PART, "_");
    if (base.length() > 56) {
      base = base.substring(0, 56);
    }
    for (int n = 1; ; n++) {
      String id = base + n;
      if (taken.add(id)) {
        return id;
      }
    }
  }
}
