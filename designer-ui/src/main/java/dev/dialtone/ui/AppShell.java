package dev.dialtone.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: Lumo, then Dialtone's own few styles. Server push (a WebSocket,
 * long polling where that fails) lets a running test call update the editor as it happens.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("Dialtone");
    settings.addFavIcon("icon", "icons/favicon.svg", "any");
  }
}
