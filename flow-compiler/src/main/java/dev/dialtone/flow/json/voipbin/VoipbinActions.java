package dev.dialtone.flow.json.voipbin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The VoIPBIN action types Dialtone maps; a new mapping adds one line here. */
final class VoipbinActions {

  private static final List<VoipbinAction> STANDARD =
      List.of(
          new TalkAction(),
          new PlayAction(),
          new DigitsReceiveAction(),
          new BranchAction(),
          new GotoAction(),
          new ConnectAction(),
          new HangupAction());

  private static final Map<String, VoipbinAction> BY_ACTION_TYPE =
      STANDARD.stream().collect(Collectors.toMap(VoipbinAction::actionType, Function.identity()));

  private static final Map<String, VoipbinAction> BY_NODE_TYPE =
      STANDARD.stream().collect(Collectors.toMap(VoipbinAction::nodeType, Function.identity()));

  private VoipbinActions() {}

  static boolean supports(String actionType) {
    return BY_ACTION_TYPE.containsKey(actionType);
  }

  static VoipbinAction byActionType(String actionType) {
    return BY_ACTION_TYPE.get(actionType);
  }

  static Optional<VoipbinAction> byNodeType(String nodeType) {
    return Optional.ofNullable(BY_NODE_TYPE.get(nodeType));
  }

  static List<String> actionTypes() {
    return STANDARD.stream().map(VoipbinAction::actionType).sorted().toList();
  }
}
