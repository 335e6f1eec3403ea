package dev.dialtone.ui.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Form login: the form posts to Spring Security, which comes back with {@code ?error} on failure.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Dialtone")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

  private final LoginForm form = new LoginForm();
  private final Paragraph ended =
      new Paragraph("Your session was ended because your login was changed. Log in again.");

  public LoginView() {
    addClassName("login-view");
    configureForm();
    ended.setId("session-ended");
    ended.addClassName("login-notice");
    add(brand(), ended, form);
  }

  private void configureForm() {
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Log in");
    i18n.getErrorMessage().setTitle("Wrong user name or password");
    i18n.getErrorMessage()
        .setMessage("Check both and try again. An administrator can reset your password.");
    form.setI18n(i18n);
  }

  private static Div brand() {
    Div brand = new Div(new H1("Dialtone"), new Paragraph("Design, test and publish call flows."));
    brand.addClassName("login-brand");
    return brand;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    form.setError(parameters.containsKey("error"));
    ended.setVisible(parameters.containsKey("expired"));
  }
}
