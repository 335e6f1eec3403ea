package dev.dialtone.ui.tokens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** API tokens with role, owner, creation, last use and expiry. Fires {@link RevokeEvent}. */
class TokensGrid extends Grid<ApiToken> {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  TokensGrid() {
    super(ApiToken.class, false);
    setId("tokens-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
    setAllRowsVisible(true);
    addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
    addColumn(token -> NewTokenDialog.label(token.role())).setHeader("Role").setAutoWidth(true);
    addColumn(ApiToken::createdBy).setHeader("Created by").setAutoWidth(true);
    addColumn(token -> when(token.createdAt(), "")).setHeader("Created").setAutoWidth(true);
    addColumn(token -> when(token.lastUsedAt(), "never")).setHeader("Last used").setAutoWidth(true);
    addColumn(token -> when(token.expiresAt(), "never")).setHeader("Expires").setAutoWidth(true);
    addComponentColumn(this::revokeButton)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  static String when(Instant instant, String none) {
    return instant == null ? none : WHEN.format(instant);
  }

  private Component revokeButton(ApiToken token) {
    Button revoke = new Button("Revoke", click -> fireEvent(new RevokeEvent(this, token)));
    revoke.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    revoke.getElement().setAttribute("data-token", token.name());
    return revoke;
  }

  Registration addRevokeListener(ComponentEventListener<RevokeEvent> listener) {
    return addListener(RevokeEvent.class, listener);
  }

  /** The person asked to revoke this token. */
  static class RevokeEvent extends ComponentEvent<TokensGrid> {

    private final ApiToken token;

    RevokeEvent(TokensGrid source, ApiToken token) {
      super(source, false);
      this.token = token;
    }

    ApiToken token() {
      return token;
    }
  }
}
