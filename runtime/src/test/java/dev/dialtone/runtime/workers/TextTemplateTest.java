package dev.dialtone.runtime.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplateTest {

  private final Map<String, Object> variables =
      Map.of(
          "from",
          "+15550199",
          "pin",
          1234,
          "customer",
          Map.of("name", "Ada", "address", Map.of("city", "Zurich")));

  @Test
  void fillsNamesAndPathsIntoContextVariables() {
    assertThat(
            TextTemplate.render(
                "Hello {{customer.name}} from {{ customer.address.city }}, you typed {{pin}}.",
                variables))
        .isEqualTo("Hello Ada from Zurich, you typed 1234.");
  }

  @Test
  void aNameOrPathWithoutAValueSaysNothing() {
    assertThat(TextTemplate.render("[{{nobody}}|{{customer.age}}|{{from.x}}]", variables))
        .isEqualTo("[||]");
  }

  @Test
  void textWithoutPlaceholdersIsLeftAlone() {
    assertThat(TextTemplate.render("Price: $5 {not a placeholder}", variables))
        .isEqualTo("Price: $5 {not a placeholder}");
  }
}
