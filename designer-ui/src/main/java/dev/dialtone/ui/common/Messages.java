package dev.dialtone.ui.common;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How views tell people what happened: services speak lower-case fragments, people read sentences.
 */
public final class Messages {

  private Messages() {}

  /** "number must be E.164…" → "Number must be E.164…". */
  public static String sentence(String message) {
    if (message == null || message.isEmpty()) {
      return "";
    }
    return Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  public static void success(String message) {
    show(message, NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String message) {
    show(sentence(message), NotificationVariant.LUMO_ERROR);
  }

  private static void show(String message, NotificationVariant variant) {
    Notification notification =
        Notification.show(message, 6000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(variant);
  }
}
