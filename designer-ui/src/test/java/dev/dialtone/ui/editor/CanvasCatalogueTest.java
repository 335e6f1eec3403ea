package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The canvas knows node types only from the compiler's catalogue: the palette offers every type
 * with the catalogue's colour and icon, boxes take their colour from it, and the frontend sources
 * keep no table of types that a new type would have to extend.
 */
class CanvasCatalogueTest {

  private static final Path FRONTEND = Path.of("src/main/frontend");

  private final List<NodeTypeInfo> types = new FlowCompiler().nodeTypes();

  @Test
  void thePaletteOffersEveryCatalogueTypeWithItsColourAndIcon() {
    List<FlowCanvas.PaletteItem> palette = types.stream().map(FlowCanvas.PaletteItem::of).toList();

    assertThat(palette)
        .extracting(FlowCanvas.PaletteItem::type)
        .containsExactlyElementsOf(types.stream().map(NodeTypeInfo::type).toList());
    assertThat(palette)
        .allSatisfy(
            item -> {
              NodeTypeInfo type = info(item.type());
              assertThat(item.colour()).isEqualTo(type.colour());
              assertThat(item.icon()).isEqualTo(type.icon());
              assertThat(item.onePerFlow()).isEqualTo(item.type().equals("start"));
            });
  }

  @Test
  void everyBoxCarriesItsTypesColourAndAnUnknownTypeIsGrey() {
    List<FlowNode> nodes =
        Stream.concat(
                types.stream().map(type -> new FlowNode("n_" + type.type(), type.type())),
                Stream.of(new FlowNode("stale", "no_such_type")))
            .toList();

    CanvasGraph graph =
        new CanvasGraphs(types).of(new FlowDocument("All", nodes, List.of()), List.of());

    for (NodeTypeInfo type : types) {
      assertThat(node(graph, "n_" + type.type()).colour()).isEqualTo(type.colour());
    }
    assertThat(node(graph, "stale").colour()).isEqualTo(CanvasGraphs.UNKNOWN_COLOUR);
  }

  @Test
  void theFrontendKeepsNoPerTypeStylesOrColours() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(FRONTEND)) {
      sources = files.filter(f -> f.toString().matches(".*\\.(ts|tsx|css)$")).toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      String text = Files.readString(source);
      for (NodeTypeInfo type : types) {
        String name = type.type();
        assertThat(text)
            .as("%s names node type '%s'", source.getFileName(), name)
            .doesNotContain("--dt-" + name + ":")
            .doesNotContain(".dt-type-" + name)
            .doesNotContainPattern("\\b" + name + ":\\s*'#");
      }
    }
  }

  private NodeTypeInfo info(String type) {
    return types.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
  }

  private static CanvasGraph.CanvasNode node(CanvasGraph graph, String id) {
    return graph.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }
}
