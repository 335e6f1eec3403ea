package dev.dialtone.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The flow documents under {@code src/test/resources/flows}. */
final class Fixtures {

  private Fixtures() {}

  static List<Path> valid() {
    return list("valid");
  }

  /** Invalid documents; each has a sidecar {@code <name>.expected.json}. */
  static List<Path> invalid() {
    return list("invalid").stream()
        .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
        .toList();
  }

  static Path valid(String name) {
    return folder("valid").resolve(name + ".json");
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path expectationOf(Path fixture) {
    return fixture.resolveSibling(
        fixture.getFileName().toString().replace(".json", ".expected.json"));
  }

  private static List<Path> list(String folder) {
    try (Stream<Path> files = Files.list(folder(folder))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/flows/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
