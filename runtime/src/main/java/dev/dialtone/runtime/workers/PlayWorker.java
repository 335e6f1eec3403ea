package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.runtime.calls.CallEventType;
import java.net.URI;
import java.util.Map;

/** play: plays an audio file to the caller and moves on when it has played. */
public class PlayWorker implements NodeWorker {

  @Override
  public String jobType() {
    return JobTypes.PLAY;
  }

  @Override
  public void handle(NodeJob job) {
    String url = job.options().requiredString("url");
    job.transcript(CallEventType.PLAY, url);
    job.leg()
        .telephony()
        .play(job.leg().channelId(), URI.create(url))
        .whenComplete(
            (done, error) -> {
              if (error == null) {
                job.leg().promptEnded();
              }
              job.finish(error, "played", Map.of());
            });
  }
}
