package dev.dialtone.flow.json.voipbin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The action lists under {@code src/test/resources/voipbin/{valid,invalid}}. */
final class VoipbinFixtures {

  private VoipbinFixtures() {}

  static List<Path> valid() {
    return list("valid");
  }

  static List<Path> invalid() {
    return list("invalid").stream()
        .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
        .toList();
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String valid(String name) {
    return read(folder("valid").resolve(name + ".json"));
  }

  static Path expectationOf(Path fixture) {
    return fixture.resolveSibling(
        fixture.getFileName().toString().replace(".json", ".expected.json"));
  }

  private static List<Path> list(String name) {
    try (Stream<Path> files = Files.list(folder(name))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder(String name) {
    try {
      return Path.of(VoipbinFixtures.class.getResource("/voipbin/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
