package dev.dialtone.ui.flows;

import dev.dialtone.runtime.flows.Publication;
import dev.dialtone.runtime.flows.RunningCalls;
import java.util.List;

/**
 * What publishing (or rolling back) answers: the new version, and the calls that keep running on
 * older versions, counted and in words.
 */
record PublishResponse(int version, List<StillRunning> stillRunning, String message) {

  record StillRunning(int version, int calls) {
    static StillRunning of(RunningCalls running) {
      return new StillRunning(running.version(), running.count());
    }
  }

  static PublishResponse of(Publication publication) {
    String running = publication.runningMessage();
    String published = "Version " + publication.version() + " published.";
    return new PublishResponse(
        publication.version(),
        publication.stillRunning().stream().map(StillRunning::of).toList(),
        running.isEmpty() ? published : published + " " + running);
  }
}
