package dev.dialtone.ui.webhooks;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.webhooks.Webhook;
import java.util.List;
import java.util.Optional;

/**
 * A webhook's URL and secret with Save and Remove: the default webhook's form and a flow's. It
 * never calls a service; it fires {@link SaveEvent} (an empty secret means "keep the stored one")
 * and {@link RemoveEvent}, and shows the problems the view hands back under their fields.
 */
class WebhookForm extends Div {

  private final TextField url = new TextField("URL");
  private final PasswordField secret = new PasswordField("Secret");
  private final Button save = new Button("Save", click -> fireEvent(new SaveEvent(this)));
  private final Button remove = new Button("Remove", click -> fireEvent(new RemoveEvent(this)));

  /**
   * @param idPrefix {@code webhook} or {@code flow-webhook}: ids {@code <prefix>-url}, …
   */
  WebhookForm(String idPrefix, boolean mayEdit) {
    url.setId(idPrefix + "-url");
    url.setWidth("32em");
    url.setPlaceholder("https://example.com/dialtone-events");
    secret.setId(idPrefix + "-secret");
    secret.setHelperText("16 to 256 characters; kept on the server, never shown again");
    save.setId(idPrefix + "-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    remove.setId(idPrefix + "-remove");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    url.setReadOnly(!mayEdit);
    secret.setVisible(mayEdit);
    save.setVisible(mayEdit);
    remove.setVisible(mayEdit);
    add(new Div(url, secret), new Div(save, remove));
  }

  /** Shows the stored webhook, or an empty form when there is none. */
  void show(Optional<Webhook> current) {
    url.setInvalid(false);
    secret.setInvalid(false);
    url.setValue(current.map(Webhook::url).orElse(""));
    secret.clear();
    secret.setPlaceholder(current.isPresent() ? "unchanged unless you type a new one" : "");
    remove.setEnabled(current.isPresent());
  }

  void setActive(boolean enabled) {
    url.setEnabled(enabled);
    secret.setEnabled(enabled);
    save.setEnabled(enabled);
    remove.setEnabled(enabled);
  }

  String url() {
    return url.getValue().strip();
  }

  String secret() {
    return secret.getValue();
  }

  /** Marks the field each problem names; a problem that names no URL goes to the secret. */
  void showProblems(List<Problem> problems) {
    url.setInvalid(false);
    secret.setInvalid(false);
    for (Problem problem : problems) {
      if ("url".equals(problem.field())) {
        url.setInvalid(true);
        url.setErrorMessage(problem.message());
      } else {
        secret.setInvalid(true);
        secret.setErrorMessage(problem.message());
      }
    }
  }

  Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
    return addListener(RemoveEvent.class, listener);
  }

  static class SaveEvent extends ComponentEvent<WebhookForm> {
    SaveEvent(WebhookForm source) {
      super(source, false);
    }
  }

  static class RemoveEvent extends ComponentEvent<WebhookForm> {
    RemoveEvent(WebhookForm source) {
      super(source, false);
    }
  }
}
