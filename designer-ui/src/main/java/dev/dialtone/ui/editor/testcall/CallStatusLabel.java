package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.html.Span;
import dev.dialtone.runtime.calls.CallStatus;
import java.util.Locale;

/**
 * The panel's status line. {@code data-status} is the call's status in lower case ({@code dialing},
 * {@code ringing}, {@code progressing}, {@code terminating}, {@code canceling}, {@code hangup}) or
 * the panel's own state: {@code idle}, {@code starting}, {@code refused}, {@code failed}.
 */
class CallStatusLabel extends Span {

  CallStatusLabel() {
    setId("test-call-status");
    addClassName("test-call-status");
    getElement().setAttribute("role", "status");
  }

  /** Null: the call was placed but its record is not stored yet. */
  void show(CallStatus status) {
    CallStatus shown = status == null ? CallStatus.DIALING : status;
    show(shown.name().toLowerCase(Locale.ROOT), textOf(shown));
  }

  void show(String state, String text) {
    getElement().setAttribute("data-status", state);
    setText(text);
  }

  /** A passing remark that keeps the state, e.g. a key pressed just after the call ended. */
  void note(String text) {
    setText(text);
  }

  private static String textOf(CallStatus status) {
    return switch (status) {
      case DIALING -> "Dialing…";
      case RINGING -> "Ringing…";
      case PROGRESSING -> "In call: listen, press keys, or hang up";
      case TERMINATING, CANCELING -> "Ending the call…";
      case HANGUP -> "Call ended";
    };
  }
}
