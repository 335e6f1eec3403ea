package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.telephony.CallControl;
import java.net.URI;
import java.util.Map;

/** play: plays an audio file to the caller and moves on when it has played. */
public class PlayWorker implements NodeWorker {

  private final CallControl telephony;

  public PlayWorker(CallControl telephony) {
    this.telephony = telephony;
  }

  @Override
  public String jobType() {
    return JobTypes.PLAY;
  }

  @Override
  public void handle(NodeJob job) {
    String url = job.options().requiredString("url");
    job.transcript("play", url);
    telephony
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
