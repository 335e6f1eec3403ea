package dev.dialtone.runtime.support;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The setup most call tests share: a flow file from the test resources, published on a number. */
public final class PublishedFlows {

  private PublishedFlows() {}

  /** Reads {@code /flows/<name>.json} from the test resources. */
  public static String document(String name) {
    String resource = "/flows/" + name + ".json";
    try (InputStream in = PublishedFlows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test flow " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the flow {@code /flows/<name>.json}, publishes it and assigns it {@code number}.
   * Returns the flow's id.
   */
  public static UUID publishOn(
      FlowService flows, NumberService numbers, String name, String number) {
    UUID flow = flows.create(document(name), "test").flow().id();
    int version = flows.publish(flow, "test");
    if (version != 1) {
      throw new IllegalStateException("a new flow published as version " + version);
    }
    numbers.create(number, flow);
    return flow;
  }
}
