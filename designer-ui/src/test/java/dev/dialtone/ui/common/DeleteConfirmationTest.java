package dev.dialtone.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteConfirmationTest {

  private final AtomicInteger deleted = new AtomicInteger();

  @BeforeEach
  void ui() {
    UI.setCurrent(new UI());
  }

  @AfterEach
  void noUi() {
    UI.setCurrent(null);
  }

  @Test
  void asksWithARedDeleteAndDeletesOnlyOnConfirm() {
    ConfirmDialog dialog =
        DeleteConfirmation.open(
            "Delete group “Sales”?", "Groupcalls can no longer ring it.", deleted::incrementAndGet);

    assertThat(dialog.isOpened()).isTrue();
    assertThat(dialog.getElement().getProperty("header")).isEqualTo("Delete group “Sales”?");
    assertThat(dialog.getElement().getProperty("message"))
        .isEqualTo("Groupcalls can no longer ring it.");
    assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("Delete");
    assertThat(dialog.getElement().getProperty("confirmTheme")).isEqualTo("error primary");
    assertThat(dialog.getElement().getProperty("cancelButtonVisible", false)).isTrue();

    ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, true));
    assertThat(deleted).hasValue(0);
    ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    assertThat(deleted).hasValue(1);
  }
}
