package dev.dialtone.runtime.calls;

import java.util.List;

/**
 * One page of the call list, newest first, and where the next one starts: null when this page is
 * the last (a page is read one row long to know, so an exactly full last page says so too).
 */
public record CallPage(List<CallRecord> calls, CallCursor next) {

  public CallPage {
    calls = List.copyOf(calls);
  }
}
