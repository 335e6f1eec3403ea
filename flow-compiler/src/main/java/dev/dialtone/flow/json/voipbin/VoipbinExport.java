package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.Problem;
import java.util.List;

/** A flow as a VoIPBIN action list ({@code json}), or the reasons it cannot be one. */
public record VoipbinExport(String json, List<Problem> problems) {

  public VoipbinExport {
    problems = List.copyOf(problems);
    if ((json == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("either the JSON or problems, not both nor neither");
    }
  }

  public boolean isExported() {
    return json != null;
  }
}
