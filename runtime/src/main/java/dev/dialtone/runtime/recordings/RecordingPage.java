package dev.dialtone.runtime.recordings;

import java.util.List;

/** One page of recordings, newest first, and how many there are in all. */
public record RecordingPage(List<Recording> recordings, int offset, int limit, long total) {

  public RecordingPage {
    recordings = List.copyOf(recordings);
  }
}
