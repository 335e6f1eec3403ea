package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.bench.ChainFlows;
import dev.dialtone.flow.model.FlowDocument;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * The BPMN opens in other tools: it is valid against the OMG BPMN 2.0 schemas (kept under {@code
 * src/test/resources/bpmn-xsd}, as zeebe-bpmn-model ships them), and every flow node and sequence
 * flow — the helpers lowering adds included — has its diagram shape or edge.
 */
class BpmnSchemaTest {

  private static final Schema BPMN_20 = schema();

  private final FlowCompiler compiler = new FlowCompiler();

  static Stream<Object> flows() {
    Stream<Object> fixtures = Fixtures.valid().stream().map(Path::toString);
    return Stream.concat(fixtures, Stream.of("chain:50"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flows")
  void isValidAgainstTheBpmn20Schema(String flow) throws Exception {
    BPMN_20.newValidator().validate(new StreamSource(new StringReader(compile(flow))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flows")
  void everyFlowNodeHasAShapeAndEveryFlowAnEdge(String flow) {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(
            new ByteArrayInputStream(compile(flow).getBytes(StandardCharsets.UTF_8)));

    List<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(s -> s.getBpmnElement().getId())
            .toList();
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(e -> e.getBpmnElement().getId())
            .toList();
    assertThat(shapes)
        .containsExactlyInAnyOrderElementsOf(ids(model, FlowNode.class))
        .contains("__call_hangup", "__call_hangup_start", "__call_hangup_end");
    assertThat(edges).containsExactlyInAnyOrderElementsOf(ids(model, SequenceFlow.class));
  }

  @Test
  void helperElementsOfLoweringHaveShapes() {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(
            new ByteArrayInputStream(
                compile(Fixtures.valid("seed-ivr").toString()).getBytes(StandardCharsets.UTF_8)));

    assertThat(model.getModelElementsByType(BpmnShape.class))
        .extracting(s -> s.getBpmnElement().getId())
        .contains("again__gateway", "bye__end", "sales_bye__end");
    BpmnShape gateway = model.getModelElementById("again__gateway__di");
    assertThat(gateway.isMarkerVisible()).isTrue();
  }

  @Test
  void theSchemaCatchesAFlowWithoutSource() {
    String broken =
        compile(Fixtures.valid("minimal").toString()).replaceFirst(" sourceRef=", " source=");

    assertThatThrownBy(
            () -> BPMN_20.newValidator().validate(new StreamSource(new StringReader(broken))))
        .isInstanceOf(SAXException.class);
  }

  private String compile(String flow) {
    FlowDocument document =
        flow.startsWith("chain:")
            ? ChainFlows.chain(Integer.parseInt(flow.substring("chain:".length())))
            : compiler.parse(Fixtures.read(Path.of(flow))).document();
    return compiler.compile(document, "flow_xsd", null).bpmnXml();
  }

  private static List<String> ids(BpmnModelInstance model, Class<? extends BaseElement> type) {
    return model.getModelElementsByType(type).stream().map(BaseElement::getId).toList();
  }

  private static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return factory.newSchema(BpmnSchemaTest.class.getResource("/bpmn-xsd/BPMN20.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load the BPMN 2.0 schema", e);
    }
  }
}
