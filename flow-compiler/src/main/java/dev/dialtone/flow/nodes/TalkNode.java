package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.notBlank;
import static dev.dialtone.flow.nodes.OptionRule.oneOf;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Speaks a text (text-to-speech); {@code {{variable}}} in the text is replaced at call time. */
@AutoService(NodeType.class)
public final class TalkNode implements NodeType {

  public static final String NAME = "talk";
  public static final String TEXT = "text";
  public static final String LANGUAGE = "language";
  public static final String VOICE = "voice";

  /**
   * The languages the runtime's text-to-speech speaks (BCP 47). An unknown one is a problem in the
   * editor rather than a different language on the phone; the runtime checks that its engine has a
   * voice for each.
   */
  public static final List<String> LANGUAGES =
      List.of(
          "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-PT", "pt-BR", "sv-SE",
          "da-DK", "nb-NO", "fi-FI", "pl-PL");

  public static final List<String> VOICES = List.of("female", "male");

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.required(
              TEXT, OptionType.STRING, "What to say; {{variable}} inserts a variable", notBlank()),
          OptionSpec.optional(
              LANGUAGE,
              OptionType.STRING,
              "en-US",
              "Language of the voice, e.g. en-US, de-DE",
              oneOf(LANGUAGES.toArray(String[]::new))),
          OptionSpec.optional(
              VOICE,
              OptionType.STRING,
              "female",
              "Voice gender",
              oneOf(VOICES.toArray(String[]::new))));

  /** A placeholder in talk text; group 1 is what stands between the braces. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");

  // A variable, or a path into a context variable (customer.name), as the talk worker resolves it.
  public static final Pattern VARIABLE_PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  public int paletteOrder() {
    return 20;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Say a text to the caller";
  }

  public String colour() {
    return "#2563eb";
  }

  public String icon() {
    return "vaadin:comment-ellipsis-o";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return List.of(Port.of(FlowEdge.NEXT));
  }

  // A typo in a placeholder would otherwise be read out to the caller verbatim.
  @Override
  public List<Problem> check(FlowNode node) {
    if (!(node.options().get(TEXT) instanceof String text)) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    int end = 0;
    while (matcher.find()) {
      String inner = matcher.group(1).strip();
      if (!VARIABLE_PATH.matcher(inner).matches()) {
        problems.add(
            problem(node, "placeholder {{" + matcher.group(1) + "}} must name a variable"));
      }
      end = matcher.end();
    }
    if (text.indexOf("{{", end) >= 0) {
      problems.add(problem(node, "has a '{{' without a closing '}}'"));
    }
    return problems;
  }

  private static Problem problem(FlowNode node, String what) {
    return OptionProblems.invalid(node, TEXT, what);
  }
}
