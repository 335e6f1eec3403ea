package dev.dialtone.ui.editor.history;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.Publication;
import dev.dialtone.runtime.flows.VersionSummary;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.List;
import java.util.UUID;

/**
 * What the History panel may do with one flow's versions: list, compare with the draft, roll back.
 */
public final class VersionHistory {

  private final FlowService flows;
  private final FlowCompiler compiler;
  private final String user;

  public VersionHistory(FlowService flows, FlowCompiler compiler, String user) {
    this.flows = flows;
    this.compiler = compiler;
    this.user = user;
  }

  List<VersionSummary> versions(UUID flowId) {
    return flows.history(flowId);
  }

  Publication rollback(UUID flowId, int version) {
    return flows.rollback(flowId, version, user, null);
  }

  /** A published version's document. */
  FlowDocument document(UUID flowId, int version) {
    ParseResult parsed = compiler.parse(flows.version(flowId, version).documentJson());
    if (!parsed.isAccepted()) {
      throw new InvalidInputException(parsed.problems());
    }
    return parsed.document();
  }

  FlowDiff diff(FlowDocument from, FlowDocument to) {
    return compiler.diff(from, to);
  }
}
