package dev.dialtone.ui.editor;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.flows.Publication;
import dev.dialtone.runtime.flows.StoredFlow;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.ui.common.Messages;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Stores the working copy and publishes it, turning what the services say into what the person
 * reads. A stale save stores nothing and offers to load the newer draft.
 */
final class DraftSaving {

  private final FlowService flows;
  private final FlowCompiler compiler;
  private final String user;

  DraftSaving(FlowService flows, FlowCompiler compiler, String user) {
    this.flows = flows;
    this.compiler = compiler;
    this.user = user;
  }

  /** The stored flow after saving, or empty when nothing was stored (the person was told why). */
  Optional<FlowView> save(StoredFlow flow, DraftEditor editor, Consumer<UUID> reload) {
    try {
      FlowView view =
          flows.update(flow.id(), flow.revision(), compiler.toJson(editor.document()), user);
      Messages.success(
          "Saved “" + view.flow().name() + "” (revision " + view.flow().revision() + ")");
      return Optional.of(view);
    } catch (ConflictException e) {
      new ConflictDialog(flow.name(), () -> reload.accept(flow.id())).open();
      return Optional.empty();
    } catch (InvalidInputException e) {
      editor.showProblems(e.problems());
      Messages.error("Not saved: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Publishes the stored draft with the person's note (null: none): the new version, or the
   * problems that stop it.
   */
  Published publish(UUID id, DraftEditor editor, String note) {
    try {
      Publication publication = flows.publish(id, user, note);
      int version = publication.version();
      String running = publication.runningMessage();
      Messages.success(
          "Published as version " + version + (running.isEmpty() ? "" : ". " + running));
      return new Published(
          version,
          "Version " + version + " published" + (running.isEmpty() ? "" : ". " + running),
          "published");
    } catch (InvalidInputException e) {
      editor.showProblems(e.problems());
      int count = e.problems().size();
      Messages.error("Not published: fix the problems listed beside the canvas first");
      return new Published(
          null,
          "Not published: " + count + (count == 1 ? " problem stops it" : " problems stop it"),
          "refused");
    }
  }

  /** What publishing did, as the header shows it. */
  record Published(Integer version, String message, String outcome) {}
}
