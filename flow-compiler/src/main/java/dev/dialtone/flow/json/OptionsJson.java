package dev.dialtone.flow.json;

import java.util.Map;

/** Options as a compact JSON object string, for the {@code dialtone.options} task header. */
public final class OptionsJson {

  private OptionsJson() {}

  public static String write(Map<String, Object> options) {
    return Json.MAPPER.writeValueAsString(options);
  }
}
