package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.telephony.Speech;
import java.util.Map;

/** talk: speaks text (with the call's variables filled in) and moves on when it has been said. */
public class TalkWorker implements NodeWorker {

  @Override
  public String jobType() {
    return JobTypes.TALK;
  }

  @Override
  public void handle(NodeJob job) {
    String text = TextTemplate.render(job.options().requiredString("text"), job.variables());
    Speech speech =
        new Speech(text, job.options().string("language", "en-US"), job.options().string("voice", "female"));
    job.transcript(CallEventType.TALK, text);
    job.leg()
        .telephony()
        .speak(job.leg().channelId(), speech)
        .whenComplete(
            (done, error) -> {
              if (error == null) {
                job.leg().promptEnded();
              }
              job.finish(error, "spoken", Map.of());
            });
  }
}
