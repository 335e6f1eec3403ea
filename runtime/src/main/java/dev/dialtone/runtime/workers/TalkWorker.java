package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.TalkNode;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.telephony.Speech;
import java.util.Map;

/**
 * talk: speaks text (with the call's variables filled in). The prompt is queued on the leg and the
 * flow goes on at once, so the next prompt follows without a gap.
 */
public class TalkWorker implements NodeWorker {

  @Override
  public String jobType() {
    return JobTypes.forNodeType(TalkNode.NAME);
  }

  /** Its text may name any variable ({@code {{customer.name}}}). */
  @Override
  public boolean readsFlowVariables() {
    return true;
  }

  @Override
  public void handle(NodeJob job) {
    String text = TextTemplate.render(job.options().requiredString("text"), job.variables());
    Speech speech =
        new Speech(
            text,
            job.options().string("language", "en-US"),
            job.options().string("voice", "female"));
    job.leg()
        .queueMedia(
            () -> {
              job.started();
              job.transcript(CallEventType.TALK, text);
            },
            () -> job.leg().telephony().speak(job.leg().channelId(), speech),
            (error, cutShort) -> job.stepFinished(error, cutShort ? "interrupted" : "spoken"));
    job.completeJob(Map.of());
  }
}
