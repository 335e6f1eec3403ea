package dev.dialtone.runtime.flows;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import java.util.List;

/**
 * A stored flow as the designer shows it: the draft document (null only when a stored draft no
 * longer parses), its current problems, and the numbers routed to it.
 */
public record FlowView(
    StoredFlow flow, FlowDocument document, List<Problem> problems, List<String> numbers) {}
