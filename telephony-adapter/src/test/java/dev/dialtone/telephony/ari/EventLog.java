package dev.dialtone.telephony.ari;

import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that writes what it hears as lines, and the threads it heard it on. */
final class EventLog implements CallEventListener {

  private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
  final List<IncomingCall> incoming = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void onIncoming(IncomingCall call) {
    incoming.add(call);
    add("incoming " + call.channelId() + " " + call.from() + " -> " + call.to());
  }

  @Override
  public void onDtmf(String channelId, char digit) {
    add("dtmf " + channelId + " " + digit);
  }

  @Override
  public void onDialProgress(String channelId, DialProgress progress) {
    add(
        "progress "
            + channelId
            + " "
            + progress.state()
            + (progress.failure() == null ? "" : " " + progress.failure()));
  }

  @Override
  public void onRemoteHangup(String channelId, HangupCause cause) {
    add("hangup " + channelId + " " + cause);
  }

  @Override
  public void onRecordingFinished(String channelId, RecordedAudio recording) {
    add("recorded " + channelId + " " + recording.name() + " " + recording.end());
  }

  private void add(String line) {
    threads.add(Thread.currentThread().getName());
    lines.add(line);
  }

  /** The next line, waiting up to 5 s; fails when none comes. */
  String next() {
    try {
      String line = lines.poll(5, TimeUnit.SECONDS);
      if (line == null) {
        throw new AssertionError("no event within 5 s");
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Lines that arrive within {@code window}. */
  List<String> drain(Duration window) throws InterruptedException {
    List<String> seen = new ArrayList<>();
    long end = System.nanoTime() + window.toNanos();
    while (true) {
      long left = end - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        return seen;
      }
      seen.add(line);
    }
  }
}
