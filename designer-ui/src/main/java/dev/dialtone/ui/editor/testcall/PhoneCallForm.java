package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.numbers.E164;

/**
 * "Call a phone": a number, a button that asks for a call to it ({@link CallEvent}) and one that
 * ends it ({@link HangupEvent}); the runtime dials it and runs the draft when it answers. A number
 * that is not E.164 is marked on the field and no call is asked for.
 */
class PhoneCallForm extends Div {

  static final String NOTE =
      "Dialtone calls this number and runs the current draft when it answers. With Asterisk"
          + " configured it rings a real phone; otherwise the simulated telephony rings its"
          + " virtual phones.";

  private final TextField number = new TextField("Phone number");
  private final Button call = new Button("Call", VaadinIcon.PHONE.create());
  private final Button hangup = new Button("Hang up", VaadinIcon.PHONE.create());

  PhoneCallForm() {
    setId("call-phone-form");
    addClassName("test-call-phone");
    number.setId("call-phone-destination");
    number.setPlaceholder("+15550100");
    number.setWidthFull();
    number.setClearButtonVisible(true);
    call.setId("call-phone");
    call.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    call.addClickListener(click -> requestCall());
    hangup.setId("call-phone-hangup");
    hangup.addThemeVariants(ButtonVariant.LUMO_ERROR);
    hangup.setEnabled(false);
    hangup.addClickListener(click -> fireEvent(new HangupEvent(this)));
    Paragraph note = new Paragraph(NOTE);
    note.setId("call-phone-note");
    note.addClassName("test-call-note");
    Div actions = new Div(call, hangup);
    actions.addClassName("test-call-actions");
    add(number, actions, note);
  }

  Registration addCallListener(ComponentEventListener<CallEvent> listener) {
    return addListener(CallEvent.class, listener);
  }

  Registration addHangupListener(ComponentEventListener<HangupEvent> listener) {
    return addListener(HangupEvent.class, listener);
  }

  /**
   * @param callable a new call may be asked for (not while one is being placed or is live)
   * @param inCall a call is live and may be hung up
   */
  void setControls(boolean callable, boolean inCall) {
    call.setEnabled(callable);
    hangup.setEnabled(inCall);
  }

  private void requestCall() {
    String value = number.getValue().strip();
    if (!E164.isValid(value)) {
      number.setInvalid(true);
      number.setErrorMessage("An E.164 number: '+' then 2 to 15 digits, not starting with 0");
      return;
    }
    number.setInvalid(false);
    fireEvent(new CallEvent(this, value));
  }

  static class HangupEvent extends ComponentEvent<PhoneCallForm> {

    HangupEvent(PhoneCallForm source) {
      super(source, true);
    }
  }

  static class CallEvent extends ComponentEvent<PhoneCallForm> {

    private final String number;

    CallEvent(PhoneCallForm source, String number) {
      super(source, true);
      this.number = number;
    }

    String number() {
      return number;
    }
  }
}
