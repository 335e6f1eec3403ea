package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.PlayNode;
import dev.dialtone.runtime.calls.CallEventType;
import java.net.URI;
import java.util.Map;

/** play: plays an audio file, queued on the leg like a talk prompt. */
public class PlayWorker implements NodeWorker {

  @Override
  public String jobType() {
    return JobTypes.forNodeType(PlayNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    URI url = URI.create(job.options().requiredString("url"));
    job.leg()
        .queueMedia(
            () -> {
              job.started();
              job.transcript(CallEventType.PLAY, url.toString());
            },
            () -> job.leg().telephony().play(job.leg().channelId(), url),
            (error, cutShort) -> job.stepFinished(error, cutShort ? "interrupted" : "played"));
    job.completeJob(Map.of());
  }
}
