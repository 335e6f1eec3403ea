package dev.dialtone.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/**
 * Above the canvas while it shows a published version or a comparison instead of the draft: what is
 * shown, that it cannot be edited, the way back, and for a comparison what the marks mean (each
 * with its sign, so colour is not the only clue).
 */
final class VersionBanner extends Div {

  private final Span text = new Span();
  private final Div legend = new Div();

  VersionBanner() {
    setId("version-banner");
    addClassName("version-banner");
    text.addClassName("version-banner-text");
    legend.addClassName("diff-legend");
    legend.add(
        key("added", "+", "added"), key("removed", "−", "removed"), key("changed", "~", "changed"));
    Button back = new Button("Back to draft", VaadinIcon.ARROW_BACKWARD.create());
    back.setId("back-to-draft");
    back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
    back.addClickListener(click -> fireEvent(new BackEvent(this)));
    add(text, new Span(" — "), back, legend);
    setVisible(false);
  }

  /** Shows the banner; {@code comparison} adds the legend of the marks. */
  void show(String what, boolean comparison) {
    text.setText(what);
    legend.setVisible(comparison);
    getElement().setAttribute("data-mode", comparison ? "diff" : "version");
    setVisible(true);
  }

  void hide() {
    setVisible(false);
    getElement().removeAttribute("data-mode");
  }

  Registration addBackListener(ComponentEventListener<BackEvent> listener) {
    return addListener(BackEvent.class, listener);
  }

  private static Span key(String mark, String sign, String label) {
    Span badge = new Span(sign);
    badge.addClassNames("dt-diff-badge", "dt-diff-" + mark);
    Span key = new Span(badge, new Span(label));
    key.addClassName("diff-legend-key");
    return key;
  }

  /** The person wants the draft back on the canvas. */
  static final class BackEvent extends ComponentEvent<VersionBanner> {
    BackEvent(VersionBanner source) {
      super(source, false);
    }
  }
}
