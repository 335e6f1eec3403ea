package dev.dialtone.flow.nodes;

import java.util.regex.Pattern;

/**
 * How a flow names a saved group: by its id, a UUID in the 8-4-4-4-12 hex form, so that renaming a
 * group breaks no flow. One pattern serves the groupcall node's check and the published schema of
 * {@link OptionType#GROUP} options, so the two cannot disagree.
 */
public final class GroupIds {

  /** A group id, any case (what {@code UUID.toString()} gives back, ignoring case). */
  public static final String PATTERN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /** The JSON Schema pattern of a group option's value: an id, or empty for "no group". */
  public static final String OPTION_SCHEMA_PATTERN = "^(" + PATTERN + ")?$";

  private static final Pattern ID = Pattern.compile(PATTERN);

  private GroupIds() {}

  public static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }
}
