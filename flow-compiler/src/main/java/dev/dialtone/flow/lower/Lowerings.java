package dev.dialtone.flow.lower;

import java.util.List;

/** The lowering of every standard node type; a new node type adds one line here. */
public final class Lowerings {

  private static final List<NodeLowering> STANDARD =
      List.of(
          new StartLowering(),
          new TalkLowering(),
          new PlayLowering(),
          new DigitsLowering(),
          new BranchLowering(),
          new GotoLowering(),
          new HangupLowering());

  private Lowerings() {}

  public static List<NodeLowering> standard() {
    return STANDARD;
  }
}
