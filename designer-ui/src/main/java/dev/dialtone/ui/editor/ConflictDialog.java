package dev.dialtone.ui.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Someone else saved the flow since it was opened: nothing was overwritten; the person chooses. */
class ConflictDialog extends ConfirmDialog {

  ConflictDialog(String flowName, Runnable reload) {
    setId("save-conflict");
    setHeader("Someone else saved “" + flowName + "” meanwhile");
    setText(
        "Your changes were not saved, and theirs were not overwritten. Your changes are still on"
            + " the canvas. Load their version to continue from it (your changes are then lost),"
            + " or keep editing and copy what you need first.");
    setConfirmText("Load their version");
    setConfirmButtonTheme("error primary");
    addConfirmListener(confirm -> reload.run());
    setCancelable(true);
    setCancelText("Keep editing");
  }
}
