package dev.dialtone.runtime.scenarios;

/**
 * One thing the caller does: press keys or hang up, {@code afterMs} after the moment it is anchored
 * to — the start of node {@code at} (its {@code visit}-th start when given, else its first start at
 * or after the previous step's anchor), or, without {@code at}, the previous step (the call's start
 * for the first one).
 *
 * @param keys the keys to press; null for a hang-up
 * @param at a node id, or null
 * @param visit which start of {@code at} counts (1-based), or 0 for the next one
 */
public record CallerStep(String keys, String at, int visit, long afterMs) {

  public boolean hangsUp() {
    return keys == null;
  }

  public String describe() {
    String what = hangsUp() ? "hang up" : "press " + keys;
    String anchor =
        at == null ? "" : " at '" + at + "'" + (visit > 0 ? " (visit " + visit + ")" : "");
    return what + anchor + (afterMs > 0 ? " after " + afterMs + " ms" : "");
  }
}
