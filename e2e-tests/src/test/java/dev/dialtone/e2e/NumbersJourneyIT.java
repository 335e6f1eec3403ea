package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.NumbersPage;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Journey 4: an invalid number is refused inline and not stored; a valid one is assigned. */
@ExtendWith(DialtoneExtension.class)
class NumbersJourneyIT {

  @Test
  void anInvalidNumberIsRefusedInlineAndAValidOneIsAssigned(Page page, DialtoneApp app, Api api) {
    String flowName = Fixtures.unique("Hotline");
    String flowId = api.createFlow(Fixtures.seedIvr(flowName).toString()).get("id").asString();
    String number = "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    NumbersPage numbers =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword())
            .openNumbers();
    if (numbers.emptyState().isVisible()) {
      Screenshots.take(page, "numbers-empty");
    }

    numbers.add("0555 0100");

    assertThat(numbers.numberError()).containsText("Number must be E.164");
    Screenshots.take(page, "numbers-invalid");
    assertThat(api.number("0555 0100")).isEmpty();
    assertThat(api.number("05550100")).isEmpty();

    numbers.add(number);
    assertThat(numbers.row(number)).isVisible();
    assertThat(numbers.numberField().locator("input")).hasValue("");
    assertThat(api.number(number).orElseThrow().get("flow_id").isNull()).isTrue();

    numbers.assign(number, flowName);

    page.waitForCondition(() -> flowOf(api, number).equals(flowId));
    assertThat(numbers.flowPicker(number).locator("input")).hasValue(flowName);
    Screenshots.take(page, "numbers");
    assertThat(api.flow(flowId).get("numbers").get(0).asString()).isEqualTo(number);

    numbers.unassign(number);
    page.waitForCondition(() -> flowOf(api, number).isEmpty());
    assertThat(api.flow(flowId).get("numbers")).isEmpty();

    numbers.delete(number);
    assertThat(numbers.row(number)).isHidden();
    assertThat(api.number(number)).isEmpty();
  }

  private static String flowOf(Api api, String number) {
    JsonNode flow = api.number(number).orElseThrow().get("flow_id");
    return flow == null || flow.isNull() ? "" : flow.asString();
  }
}
