package dev.dialtone.ui.tokens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.ui.common.Messages;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * API tokens for scripts and integrations: create (the secret is shown once), list, revoke.
 * Everyone sees their own; admins see everyone's.
 */
@Route("tokens")
@PageTitle("API tokens · Dialtone")
@PermitAll
public class TokensView extends Main {

  private final transient ApiTokens tokens;
  private final transient AuthenticationContext login;
  private final TokensGrid grid = new TokensGrid();
  private final NewTokenDialog newTokenDialog = new NewTokenDialog();
  private final TokenSecretDialog secretDialog = new TokenSecretDialog();

  public TokensView(ApiTokens tokens, AuthenticationContext login) {
    this.tokens = tokens;
    this.login = login;
    addClassName("page");
    grid.addRevokeListener(event -> revoke(event.token()));
    newTokenDialog.addCreateListener(event -> create(event.name(), event.role(), event.expires()));
    add(header(), explanation(), grid);
    refresh();
  }

  private Component header() {
    Button add =
        new Button(
            "New token",
            VaadinIcon.PLUS.create(),
            click -> newTokenDialog.openEmpty(requester().role()));
    add.setId("new-token");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div header = new Div(new H2("API tokens"), add);
    header.addClassName("page-header");
    return header;
  }

  private static Component explanation() {
    return new Paragraph(
        "Scripts and integrations call the REST API with a token (Authorization: Bearer …)."
            + " A token acts as you, with at most your role.");
  }

  private ApiTokens.Requester requester() {
    Role role =
        login.hasRole("ADMIN") ? Role.ADMIN : login.hasRole("EDITOR") ? Role.EDITOR : Role.VIEWER;
    return new ApiTokens.Requester(login.getPrincipalName().orElseThrow(), role);
  }

  private void refresh() {
    grid.setItems(tokens.list(requester()));
  }

  private void create(String name, Role role, LocalDate expires) {
    CreatedToken created;
    try {
      created =
          tokens.create(
              requester(),
              name,
              role,
              expires == null
                  ? null
                  : expires.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (InvalidInputException e) {
      newTokenDialog.refuse(e.problems());
      return;
    }
    newTokenDialog.close();
    refresh();
    secretDialog.show(created);
  }

  private void revoke(ApiToken token) {
    try {
      tokens.revoke(requester(), token.id());
      Messages.success("Token " + token.name() + " revoked; it no longer works");
    } catch (NotFoundException e) {
      Messages.error(e.getMessage());
    }
    refresh();
  }
}
