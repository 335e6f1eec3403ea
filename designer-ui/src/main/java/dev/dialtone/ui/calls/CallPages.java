package dev.dialtone.ui.calls;

import dev.dialtone.runtime.calls.CallCursor;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the Calls screen is in the list: the cursor its page starts after (null: the newest calls)
 * and the cursors of the pages before it, so Newer goes back exactly. Keyset paging never counts
 * rows, so any page of a million calls is one index walk.
 */
final class CallPages {

  /** The first page's place on the stack (a deque holds no null). */
  private static final CallCursor FIRST = new CallCursor(null, null);

  private final Deque<CallCursor> previous = new ArrayDeque<>();
  private CallCursor current;

  /** The cursor the shown page starts after; null for the first page. */
  CallCursor current() {
    return current;
  }

  boolean onFirstPage() {
    return current == null;
  }

  /** One page further, after {@code lastShown}. */
  void older(CallCursor lastShown) {
    previous.push(current == null ? FIRST : current);
    current = lastShown;
  }

  /** One page back towards the newest calls. */
  void newer() {
    if (previous.isEmpty()) {
      current = null;
      return;
    }
    CallCursor back = previous.pop();
    current = back == FIRST ? null : back;
  }

  void reset() {
    previous.clear();
    current = null;
  }
}
