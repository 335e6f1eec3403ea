package dev.dialtone.ui.editor.properties;

import java.util.Map;

/**
 * The saved groups a groupcall node can ring, for the property panel's group picker: a node stores
 * a group's id (it survives renames), a person picks it by name. Read each time a node's form is
 * built, so a group saved meanwhile is offered.
 */
@FunctionalInterface
public interface GroupChoices {

  /** No saved groups to offer (tests, read-only views). */
  GroupChoices NONE = Map::of;

  /** Group names by id, in the order to offer them. */
  Map<String, String> namesById();
}
