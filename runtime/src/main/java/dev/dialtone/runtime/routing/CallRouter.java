package dev.dialtone.runtime.routing;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.runtime.cache.BoundedCache;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.flows.FlowVersion;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.legs.FlowShape;
import dev.dialtone.runtime.numbers.Route;
import dev.dialtone.telephony.IncomingCall;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides which process a call runs: a test call names its draft; any other call runs the latest
 * published version of the flow its dialed number is assigned to.
 */
public class CallRouter {

  /** Set by a test call: the flow whose draft runs, and its deployed definition. */
  public static final String TEST_FLOW_ARGUMENT = "dialtone.test_flow";

  public static final String TEST_DEFINITION_ARGUMENT = "dialtone.test_definition";

  private final NumberRoutes numbers;
  private final FlowVersionRepository versions;
  private final ProcessDeployer deployer;
  private final FlowCompiler compiler;
  // Bounded: a runtime that lives for months sees ever new versions and drafts; an old one that is
  // asked for again is looked up (and its shape derived) once more.
  private final BoundedCache<VersionKey, CallRoute> published = new BoundedCache<>(10_000);
  private final BoundedCache<Long, FlowShape> shapes = new BoundedCache<>(10_000);

  private record VersionKey(UUID flowId, int version) {}

  public CallRouter(
      NumberRoutes numbers,
      FlowVersionRepository versions,
      ProcessDeployer deployer,
      FlowCompiler compiler) {
    this.compiler = compiler;
    this.numbers = numbers;
    this.versions = versions;
    this.deployer = deployer;
  }

  public CallRoute route(IncomingCall call) throws CallRejectedException {
    String testFlow = call.argument(TEST_FLOW_ARGUMENT);
    if (testFlow != null) {
      return testRoute(testFlow, call.argument(TEST_DEFINITION_ARGUMENT));
    }
    Route route =
        numbers
            .routeOf(call.to())
            .orElseThrow(() -> new CallRejectedException("number " + call.to() + " is not in use"));
    if (route.flowId() == null) {
      throw new CallRejectedException("number " + call.to() + " is not assigned to a flow");
    }
    if (route.publishedVersion() == null) {
      throw new CallRejectedException("flow " + route.flowId() + " has no published version");
    }
    // A published version never changes, so its deployment is looked up once per runtime.
    return published.computeIfAbsent(
        new VersionKey(route.flowId(), route.publishedVersion()), this::deployed);
  }

  /** The latest published version of a flow, deployed; empty when it has none. */
  public Optional<CallRoute> published(UUID flowId) {
    return versions
        .latest(flowId)
        .map(
            version ->
                published.computeIfAbsent(
                    new VersionKey(flowId, version.version()), this::deployed));
  }

  /** A draft deployed as {@code definitionKey} (whose shape was {@link #remember remembered}). */
  public CallRoute draft(UUID flowId, long definitionKey) {
    return new CallRoute(flowId, null, definitionKey, shapes.get(definitionKey).orElse(null));
  }

  /** A test call names its draft; arguments that make no sense reject the call. */
  private CallRoute testRoute(String flowId, String definition) throws CallRejectedException {
    try {
      long key = Long.parseLong(String.valueOf(definition));
      if (shapes.get(key).isEmpty()) {
        throw new CallRejectedException("no draft was deployed as definition " + key);
      }
      return draft(UUID.fromString(flowId), key);
    } catch (IllegalArgumentException e) {
      throw new CallRejectedException(
          "test call arguments make no sense: flow '"
              + flowId
              + "', definition '"
              + definition
              + "'");
    }
  }

  /** Learns the shape of a deployed definition (a test call's draft does this before it dials). */
  public void remember(long definitionKey, String documentJson) {
    shapes.computeIfAbsent(definitionKey, key -> shapeOf(documentJson));
  }

  private CallRoute deployed(VersionKey key) {
    FlowVersion version =
        versions
            .find(key.flowId(), key.version())
            .orElseThrow(() -> new IllegalStateException("flow version " + key + " vanished"));
    long definition = deployer.deploy(ProcessIds.published(key.flowId()), version.bpmnXml());
    FlowShape shape = shapes.computeIfAbsent(definition, k -> shapeOf(version.documentJson()));
    return new CallRoute(key.flowId(), key.version(), definition, shape);
  }

  private FlowShape shapeOf(String documentJson) {
    FlowDocument document = compiler.parse(documentJson).document();
    if (document == null) {
      return new FlowShape("start", Map.of());
    }
    Map<String, String> types = new HashMap<>();
    document.nodes().forEach(node -> types.put(node.id(), node.type()));
    String start =
        document.nodes().stream()
            .filter(node -> node.type().equals("start"))
            .map(FlowNode::id)
            .findFirst()
            .orElse("start");
    return new FlowShape(start, types);
  }
}
