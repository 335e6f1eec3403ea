package dev.dialtone.ui.webhooks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.webhooks.Webhook;
import dev.dialtone.runtime.webhooks.WebhookService;
import dev.dialtone.ui.common.Messages;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where call state changes are sent, signed with a secret: the default webhook (every call) and a
 * flow's own webhook (that flow's calls, instead of the default). Everyone sees the URLs; editors
 * change them.
 */
@Route("webhooks")
@PageTitle("Webhooks · Dialtone")
@PermitAll
public class WebhooksView extends Main {

  private final transient WebhookService webhooks;
  private final WebhookForm defaultForm;
  private final WebhookForm flowForm;
  private final ComboBox<FlowSummary> flow = new ComboBox<>("Flow");

  public WebhooksView(WebhookService webhooks, FlowService flows, AuthenticationContext login) {
    this.webhooks = webhooks;
    boolean mayEdit = login.hasRole("EDITOR") || login.hasRole("ADMIN");
    this.defaultForm = new WebhookForm("webhook", mayEdit);
    this.flowForm = new WebhookForm("flow-webhook", mayEdit);
    addClassName("page");
    configureDefault();
    configureFlowForm(flows);
    add(
        new H2("Webhooks"),
        explanation(),
        defaultForm,
        new H3("A flow's own webhook"),
        new Paragraph("A flow's calls go to its own webhook instead of the default one."),
        flow,
        flowForm);
    defaultForm.show(webhooks.find(Webhook.DEFAULT));
    flowForm.show(Optional.empty());
    flowForm.setActive(false);
  }

  private static Component explanation() {
    return new Paragraph(
        "Each call's call_created, call_updated and call_hangup events are POSTed to this URL,"
            + " signed in the X-Dialtone-Signature header (see docs/webhooks.md). A failed delivery"
            + " is retried for about 10 minutes.");
  }

  private void configureDefault() {
    defaultForm.addSaveListener(
        event ->
            save(
                defaultForm,
                () -> webhooks.find(Webhook.DEFAULT),
                (url, secret) -> webhooks.putDefault(url, secret),
                "Webhook saved: new call events go to "));
    defaultForm.addRemoveListener(
        event -> {
          webhooks.deleteDefault();
          Messages.success("Webhook removed: call events are no longer sent");
          defaultForm.show(Optional.empty());
        });
  }

  private void configureFlowForm(FlowService flows) {
    flow.setId("flow-webhook-flow");
    flow.setWidth("32em");
    flow.setItems(flows.list());
    flow.setItemLabelGenerator(FlowSummary::name); // a ComboBox shows labels as text
    flow.addValueChangeListener(event -> showFlowWebhook());
    flowForm.addSaveListener(
        event -> {
          FlowSummary chosen = flow.getValue();
          save(
              flowForm,
              () -> webhooks.forFlow(chosen.id()),
              (url, secret) -> webhooks.putForFlow(chosen.id(), url, secret),
              "Webhook of " + chosen.name() + " saved: its call events go to ");
        });
    flowForm.addRemoveListener(
        event -> {
          FlowSummary chosen = flow.getValue();
          webhooks.deleteForFlow(chosen.id());
          Messages.success(
              "Webhook of " + chosen.name() + " removed: its calls use the default webhook");
          flowForm.show(Optional.empty());
        });
  }

  private void showFlowWebhook() {
    FlowSummary chosen = flow.getValue();
    flowForm.setActive(chosen != null);
    if (chosen == null) {
      flowForm.show(Optional.empty());
      return;
    }
    try {
      flowForm.show(webhooks.forFlow(chosen.id()));
    } catch (NotFoundException e) {
      Messages.error("That flow has been deleted meanwhile");
      flowForm.setActive(false);
    }
  }

  /** What a save stores: the URL and the secret (the stored one when none was typed). */
  private interface Put {
    void put(String url, String secret);
  }

  private void save(WebhookForm form, Supplier<Optional<Webhook>> stored, Put put, String saved) {
    String secret = form.secret();
    if (secret.isEmpty()) {
      // keep the stored secret when only the URL changes
      secret = stored.get().map(Webhook::secret).orElse("");
    }
    try {
      put.put(form.url(), secret);
    } catch (InvalidInputException e) {
      form.showProblems(e.problems());
      return;
    } catch (NotFoundException e) {
      Messages.error(e.getMessage());
      return;
    }
    Messages.success(saved + form.url());
    form.show(stored.get());
  }
}
