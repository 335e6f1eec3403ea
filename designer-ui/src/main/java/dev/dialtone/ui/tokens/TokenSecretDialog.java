package dev.dialtone.ui.tokens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new token's secret, this one time: only its hash is stored, so closing the dialog is the
 * last chance to copy it.
 */
class TokenSecretDialog extends Dialog {

  private final TextField secret = new TextField("Token");
  private final Paragraph usage = new Paragraph();

  TokenSecretDialog() {
    setHeaderTitle("Copy your new token");
    secret.setId("new-token-secret");
    secret.setReadOnly(true);
    secret.setWidth("36rem");
    add(
        new Paragraph(
            "This is the only time it is shown. Store it where your integration keeps"
                + " secrets; if it is lost, revoke it and create another."),
        secret,
        usage);
    Button done = new Button("Done", click -> close());
    done.setId("token-secret-done");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(done);
  }

  void show(CreatedToken created) {
    secret.setValue(created.secret());
    usage.setText("Send it as the header  Authorization: Bearer " + created.secret());
    open();
    secret.focus();
  }

  @Override
  public void close() {
    // nothing keeps the secret once the dialog is gone
    secret.clear();
    usage.setText("");
    super.close();
  }
}
