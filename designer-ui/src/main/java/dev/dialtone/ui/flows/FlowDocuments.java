package dev.dialtone.ui.flows;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.json.voipbin.VoipbinExport;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * Changes to a whole document that the flow list offers (rename, duplicate, import and export in
 * other formats). The name is checked by the compiler's own rule, so the dialog refuses exactly
 * what publishing would.
 */
final class FlowDocuments {

  private final FlowCompiler compiler;

  FlowDocuments(FlowCompiler compiler) {
    this.compiler = compiler;
  }

  static FlowDocument named(FlowDocument document, String name) {
    return new FlowDocument(document.format(), name, document.nodes(), document.edges());
  }

  /** "Copy of Main menu", shortened so the copy's name is still allowed. */
  static String copyName(String name) {
    String copy = "Copy of " + name;
    return copy.length() <= FlowDocument.MAX_NAME_LENGTH
        ? copy
        : copy.substring(0, FlowDocument.MAX_NAME_LENGTH);
  }

  /** What is wrong with the name alone (graph problems of a draft are allowed to stay). */
  List<Problem> nameProblems(FlowDocument document) {
    return compiler.validate(document).stream()
        .filter(problem -> problem.nodeId() == null && "name".equals(problem.field()))
        .toList();
  }

  String json(FlowDocument document) {
    return compiler.toJson(document);
  }

  /** A file name for the exported document, from the flow's name. */
  static String fileName(String flowName) {
    String base = flowName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "flow" : base) + ".dialtone.json";
  }

  /** The formats a flow travels in: the native document, or a VoIPBIN action list. */
  enum Format {
    NATIVE,
    VOIPBIN;

    /** {@code null} or blank means "find out from the body". */
    static Format of(String name) {
      if (name == null || name.isBlank()) {
        return null;
      }
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of(
            "format", "invalid_format", "format must be native or voipbin, got '" + name + "'");
      }
    }
  }

  /**
   * An imported body as native JSON: a VoIPBIN action list (named, or recognised by its {@code
   * actions}) is converted first, and refused with every action it could not map.
   */
  String nativeJson(String body, Format format) {
    Format actual =
        format != null ? format : compiler.isVoipbin(body) ? Format.VOIPBIN : Format.NATIVE;
    if (actual == Format.NATIVE) {
      return body;
    }
    ParseResult converted = compiler.parseVoipbin(body);
    if (!converted.isAccepted()) {
      throw new InvalidInputException(converted.problems());
    }
    return compiler.toJson(converted.document());
  }

  /** A stored native document as a VoIPBIN action list; refused with what VoIPBIN cannot say. */
  String voipbinJson(String nativeJson) {
    ParseResult parsed = compiler.parse(nativeJson);
    if (!parsed.isAccepted()) {
      throw new InvalidInputException(parsed.problems());
    }
    VoipbinExport exported = compiler.toVoipbin(parsed.document());
    if (!exported.isExported()) {
      throw new InvalidInputException(exported.problems());
    }
    return exported.json();
  }

  /** A file name for the VoIPBIN export, from the flow's name. */
  static String voipbinFileName(String flowName) {
    return fileName(flowName).replace(".dialtone.json", ".voipbin.json");
  }
}
