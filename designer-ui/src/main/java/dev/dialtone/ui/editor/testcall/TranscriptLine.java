package dev.dialtone.ui.editor.testcall;

import dev.dialtone.runtime.calls.CallEventType;
import java.util.Locale;

/**
 * One line of the live transcript as a person reads it.
 *
 * @param nodeId the node that caused it (null when not known)
 */
public record TranscriptLine(CallEventType type, String nodeId, String text) {

  /** {@code talk}, {@code play}, {@code digits} or {@code hangup}: the DOM's data-type. */
  public String dataType() {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
