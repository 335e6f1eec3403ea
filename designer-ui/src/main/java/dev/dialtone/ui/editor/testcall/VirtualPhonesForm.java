package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.simulator.PhoneRequest;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Virtual phones": the phones a simulated call's groupcall or connect rings — address, behaviour,
 * how long they ring before acting and how long they talk. It asks for a phone ({@link AddEvent})
 * or its removal ({@link RemoveEvent}); the panel hands those to the simulator's service and shows
 * the phones it then holds, or marks the field a refusal names.
 */
class VirtualPhonesForm extends Details {

  private final TextField address = new TextField("Address");
  private final Select<String> behavior = new Select<>();
  private final IntegerField afterMs = new IntegerField("After (ms)");
  private final IntegerField talkMs = new IntegerField("Talk (ms)");
  private final UnorderedList phones = new UnorderedList();
  private final Map<String, HasValidation> fields =
      Map.of("address", address, "behavior", behavior, "after_ms", afterMs, "talk_ms", talkMs);

  VirtualPhonesForm() {
    setSummaryText("Virtual phones");
    setId("virtual-phones");
    addClassName("test-call-phones");
    address.setId("virtual-phone-address");
    address.setPlaceholder("+15550001");
    behavior.setId("virtual-phone-behavior");
    behavior.setLabel("Behaviour");
    behavior.setItems("answer", "busy", "noanswer", "reject");
    behavior.setValue("answer");
    afterMs.setId("virtual-phone-after");
    afterMs.setValue(1000);
    afterMs.setMin(0);
    talkMs.setId("virtual-phone-talk");
    talkMs.setMin(0);
    talkMs.setPlaceholder("until hung up");
    Button add = new Button("Add phone", VaadinIcon.PLUS.create());
    add.setId("virtual-phone-add");
    add.addClickListener(click -> requestAdd());
    phones.setId("virtual-phone-list");
    phones.addClassName("test-call-phone-list");
    Div form = new Div(address, behavior, afterMs, talkMs, add);
    form.addClassName("test-call-phone-form");
    add(form, phones);
  }

  Registration addAddListener(ComponentEventListener<AddEvent> listener) {
    return addListener(AddEvent.class, listener);
  }

  Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
    return addListener(RemoveEvent.class, listener);
  }

  /** The phones the simulated telephony holds now. */
  void show(List<VirtualPhone> all) {
    fields.values().forEach(field -> field.setInvalid(false));
    phones.removeAll();
    for (VirtualPhone phone : all) {
      phones.add(item(phone));
    }
  }

  /** Marks the field the simulator refused; a field it does not name marks the address. */
  void refused(String field, String message) {
    HasValidation marked = fields.getOrDefault(field, address);
    marked.setErrorMessage(message);
    marked.setInvalid(true);
  }

  private ListItem item(VirtualPhone phone) {
    String behaviour = phone.behavior().name().toLowerCase(Locale.ROOT);
    String talk = phone.talk() == null ? "" : ", talks " + phone.talk().toMillis() + " ms";
    Span text =
        new Span(
            phone.address()
                + " — "
                + behaviour
                + " after "
                + phone.after().toMillis()
                + " ms"
                + talk);
    Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    remove.setAriaLabel("Remove " + phone.address());
    remove.addClickListener(click -> fireEvent(new RemoveEvent(this, phone.address())));
    ListItem item = new ListItem(text, remove);
    item.getElement().setAttribute("data-address", phone.address());
    item.getElement().setAttribute("data-behavior", behaviour);
    return item;
  }

  private void requestAdd() {
    fireEvent(
        new AddEvent(
            this,
            new PhoneRequest(
                address.getValue().strip(),
                behavior.getValue(),
                afterMs.getValue() == null ? null : afterMs.getValue().longValue(),
                talkMs.getValue() == null ? null : talkMs.getValue().longValue())));
  }

  static class AddEvent extends ComponentEvent<VirtualPhonesForm> {

    private final PhoneRequest phone;

    AddEvent(VirtualPhonesForm source, PhoneRequest phone) {
      super(source, true);
      this.phone = phone;
    }

    PhoneRequest phone() {
      return phone;
    }
  }

  static class RemoveEvent extends ComponentEvent<VirtualPhonesForm> {

    private final String address;

    RemoveEvent(VirtualPhonesForm source, String address) {
      super(source, true);
      this.address = address;
    }

    String address() {
      return address;
    }
  }
}
