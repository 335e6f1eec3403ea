package dev.dialtone.flow.nodes;

/**
 * The saved groups a flow may ring, as the application knows them. The compiler has no database:
 * the runtime hands one of these to validation so that the editor and publish both report a
 * groupcall naming a group that does not exist. Without one, group references are not checked.
 */
@FunctionalInterface
public interface KnownGroups {

  /** Groups are not checked (offline tools, tests of the document alone). */
  KnownGroups UNCHECKED = reference -> true;

  /** Whether a saved group with this id exists. */
  boolean exists(String groupId);
}
