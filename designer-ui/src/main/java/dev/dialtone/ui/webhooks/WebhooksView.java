package dev.dialtone.ui.webhooks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.webhooks.Webhook;
import dev.dialtone.runtime.webhooks.WebhookService;
import dev.dialtone.ui.common.Messages;
import jakarta.annotation.security.PermitAll;

/**
 * The default webhook: where every call's state changes are sent, signed with its secret. Everyone
 * sees the URL; editors change it. A flow's own webhook is set over the REST API.
 */
@Route("webhooks")
@PageTitle("Webhooks · Dialtone")
@PermitAll
public class WebhooksView extends Main {

  private final transient WebhookService webhooks;
  private final TextField url = new TextField("URL");
  private final PasswordField secret = new PasswordField("Secret");
  private final Button save = new Button("Save", click -> save());
  private final Button remove = new Button("Remove", click -> remove());

  public WebhooksView(WebhookService webhooks, AuthenticationContext login) {
    this.webhooks = webhooks;
    addClassName("page");
    configureForm(login.hasRole("EDITOR") || login.hasRole("ADMIN"));
    add(new Div(new H2("Webhooks")), explanation(), new Div(url, secret), new Div(save, remove));
    refresh();
  }

  private static Component explanation() {
    return new Paragraph(
        "Each call's call_created, call_updated and call_hangup events are POSTed to this URL,"
            + " signed in the X-Dialtone-Signature header (see docs/webhooks.md). A failed delivery"
            + " is retried for about 10 minutes.");
  }

  private void configureForm(boolean mayEdit) {
    url.setId("webhook-url");
    url.setWidth("32em");
    url.setPlaceholder("https://example.com/dialtone-events");
    secret.setId("webhook-secret");
    secret.setHelperText("16 to 256 characters; kept on the server, never shown again");
    save.setId("webhook-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    remove.setId("webhook-remove");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    url.setReadOnly(!mayEdit);
    secret.setVisible(mayEdit);
    save.setVisible(mayEdit);
    remove.setVisible(mayEdit);
  }

  private void refresh() {
    var current = webhooks.find(Webhook.DEFAULT);
    url.setValue(current.map(Webhook::url).orElse(""));
    secret.clear();
    secret.setPlaceholder(current.isPresent() ? "unchanged unless you type a new one" : "");
    remove.setEnabled(current.isPresent());
  }

  private void save() {
    url.setInvalid(false);
    secret.setInvalid(false);
    String newSecret = secret.getValue();
    if (newSecret.isEmpty()) {
      // keep the stored secret when only the URL changes
      newSecret = webhooks.find(Webhook.DEFAULT).map(Webhook::secret).orElse("");
    }
    try {
      webhooks.putDefault(url.getValue().strip(), newSecret);
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        if ("url".equals(problem.field())) {
          url.setInvalid(true);
          url.setErrorMessage(problem.message());
        } else {
          secret.setInvalid(true);
          secret.setErrorMessage(problem.message());
        }
      }
      return;
    }
    Messages.success("Webhook saved: new call events go to " + url.getValue().strip());
    refresh();
  }

  private void remove() {
    webhooks.deleteDefault();
    Messages.success("Webhook removed: call events are no longer sent");
    refresh();
  }
}
