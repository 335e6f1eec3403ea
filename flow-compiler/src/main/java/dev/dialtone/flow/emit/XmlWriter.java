package dev.dialtone.flow.emit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Appends indented XML to one buffer as it goes. The emitter writes each element once, in document
 * order, so emitting stays linear in the size of the model (a DOM model answers every id lookup and
 * child insertion by scanning, which made large flows quadratic).
 */
final class XmlWriter {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean tagOpen;

  XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>");
  }

  /** Opens an element; {@code attributes} are name/value pairs, null values are left out. */
  XmlWriter start(String name, String... attributes) {
    closeTag();
    newLine(open.size());
    out.append('<').append(name);
    attributes(attributes);
    open.push(name);
    tagOpen = true;
    return this;
  }

  /** An element without content. */
  XmlWriter empty(String name, String... attributes) {
    closeTag();
    newLine(open.size());
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** An element with text content only, on one line. */
  XmlWriter textElement(String name, String text, String... attributes) {
    closeTag();
    newLine(open.size());
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    escape(text, false);
    out.append("</").append(name).append('>');
    return this;
  }

  XmlWriter end() {
    String name = open.pop();
    if (tagOpen) {
      out.append("/>");
      tagOpen = false;
    } else {
      newLine(open.size());
      out.append("</").append(name).append('>');
    }
    return this;
  }

  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.append('\n').toString();
  }

  private void attributes(String... attributes) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], true);
        out.append('"');
      }
    }
  }

  private void closeTag() {
    if (tagOpen) {
      out.append('>');
      tagOpen = false;
    }
  }

  private void newLine(int depth) {
    out.append('\n');
    out.repeat("  ", depth);
  }

  private void escape(String value, boolean attribute) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        // Kept as references so attribute normalisation does not turn them into spaces.
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }
}
