package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Call a phone": the runtime would dial a number or endpoint and run the draft when it is
 * answered. That needs a real telephony adapter; until one is configured the form says so instead
 * of failing.
 */
class PhoneCallForm extends Div {

  static final String UNAVAILABLE =
      "Calling a phone needs the Asterisk (ARI) telephony adapter, and this installation does not"
          + " have it configured yet. Until it does, use Simulate: it runs the same draft on the"
          + " same engine, with you as the caller.";

  PhoneCallForm() {
    setId("call-phone-form");
    addClassName("test-call-phone");
    TextField destination = new TextField("Phone number or endpoint");
    destination.setId("call-phone-destination");
    destination.setPlaceholder("+15550100 or PJSIP/alice");
    destination.setWidthFull();
    Button call = new Button("Call", VaadinIcon.PHONE.create());
    call.setId("call-phone");
    call.setEnabled(false);
    Paragraph why = new Paragraph(UNAVAILABLE);
    why.setId("call-phone-unavailable");
    why.addClassName("test-call-note");
    add(destination, call, why);
  }
}
