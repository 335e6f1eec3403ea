package dev.dialtone.ui.common;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question every list screen asks before deleting a row (a flow, a group, a number): the same
 * buttons, and a red Delete, so that a person learns it once.
 */
public final class DeleteConfirmation {

  private DeleteConfirmation() {}

  /**
   * @param header the question, naming what goes ("Delete group “Sales”?")
   * @param consequence what deleting it means for the person
   * @param delete runs when the person confirms; Cancel does nothing
   */
  public static ConfirmDialog open(String header, String consequence, Runnable delete) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader(header);
    confirm.setText(consequence);
    confirm.setCancelable(true);
    confirm.setConfirmText("Delete");
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(event -> delete.run());
    confirm.open();
    return confirm;
  }
}
