package dev.dialtone.flow.json.voipbin;

/**
 * The stable codes of problems found while converting VoIPBIN action lists; the problem's field
 * names the action ({@code actions[3].option.text}) on import, the node's field on export.
 */
public final class VoipbinProblemCodes {

  public static final String NO_ACTIONS = "no_actions";
  public static final String UNSUPPORTED_ACTION = "unsupported_action";
  public static final String UNSUPPORTED_ACTION_OPTION = "unsupported_action_option";
  public static final String INVALID_ACTION_OPTION = "invalid_action_option";
  public static final String INVALID_JUMP = "invalid_jump";
  public static final String NOT_EXPORTABLE = "not_exportable";

  private VoipbinProblemCodes() {}
}
