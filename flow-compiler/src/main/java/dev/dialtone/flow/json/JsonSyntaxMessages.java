package dev.dialtone.flow.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * Says in plain words what is wrong with text that is not JSON, and where: "not valid JSON at line
 * 3, column 5: a comma is missing between two fields". The parser's own message names its internals
 * (features, byte offsets, character codes), which a person importing a file cannot act on; a
 * message the table below does not know is cleaned of those and kept.
 */
final class JsonSyntaxMessages {

  private record Phrase(Pattern pattern, String words) {}

  private static final List<Phrase> PHRASES =
      List.of(
          phrase("Unexpected end-of-input", "the text ends too early: a } or ] is missing"),
          phrase("No content to map due to end-of-input", "the file is empty"),
          phrase(
              "expecting comma to separate Object entries",
              "a comma is missing between two fields"),
          phrase(
              "expecting comma to separate Array entries",
              "a comma is missing between two list items"),
          phrase("expecting a colon to separate", "a colon is missing after a field name"),
          phrase(
              "expecting double-quote to start field name",
              "a field name must be in double quotes (or there is a comma too many)"),
          phrase(
              "Unrecognized token '([^']*)'",
              "'$1' is not a JSON value (text needs double quotes)"),
          phrase("Unexpected character \\('(.)'", "unexpected '$1'"),
          phrase("Unexpected close marker '(.)'", "unexpected '$1': nothing open to close here"));

  // What the parser appends about itself: "(code 125)", " at [Source: …]", "…INCLUDE_SOURCE…".
  private static final Pattern INTERNALS =
      Pattern.compile(
          "\\s*(\\(code \\d+\\)|at \\[Source:.*|\\(`?StreamReadFeature.*)", Pattern.DOTALL);

  private JsonSyntaxMessages() {}

  static String of(JacksonException e) {
    return "not valid JSON" + where(e) + ": " + words(e.getOriginalMessage());
  }

  static String words(String parserMessage) {
    String message = parserMessage == null ? "" : parserMessage;
    for (Phrase phrase : PHRASES) {
      Matcher matcher = phrase.pattern().matcher(message);
      if (matcher.find()) {
        return matcher.groupCount() == 0
            ? phrase.words()
            : phrase.words().replace("$1", matcher.group(1));
      }
    }
    String firstLine = message.lines().findFirst().orElse("");
    String cleaned = INTERNALS.matcher(firstLine).replaceAll("").strip();
    return cleaned.isEmpty() ? "the text cannot be read" : cleaned;
  }

  private static String where(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static Phrase phrase(String regex, String words) {
    return new Phrase(Pattern.compile(regex), words);
  }
}
