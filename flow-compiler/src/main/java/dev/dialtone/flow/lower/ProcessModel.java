package dev.dialtone.flow.lower;

import java.util.List;

/**
 * The lowered flow: the intermediate representation between the document and BPMN XML.
 *
 * @param edges sequence flows between fragments, one per document edge
 */
public record ProcessModel(
    String id,
    String name,
    List<Fragment> fragments,
    List<Flow> edges,
    List<EventSubprocess> eventSubprocesses) {

  public ProcessModel {
    fragments = List.copyOf(fragments);
    edges = List.copyOf(edges);
    eventSubprocesses = List.copyOf(eventSubprocesses);
  }
}
