package dev.dialtone.runtime.scenarios;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Scenario results as JUnit XML, the report format every CI server reads. */
final class JunitReport {

  private JunitReport() {}

  static void write(Path file, String suite, List<ScenarioResult> results, long millis)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", suite);
      xml.writeAttribute("tests", Integer.toString(results.size()));
      xml.writeAttribute(
          "failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", seconds(millis));
      for (ScenarioResult result : results) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", result.name());
        xml.writeAttribute("time", seconds(result.durationMs()));
        if (!result.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", ScenarioSummary.difference(result.firstDifference()));
          xml.writeCharacters(String.join("\n", ScenarioSummary.details(result)));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
