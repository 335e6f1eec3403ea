package dev.dialtone.runtime.engine;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the workflow engine is.
 *
 * @param mode {@code embedded} (an in-process engine on loopback, the default) or {@code external}
 * @param gatewayAddress the gRPC address of an external Zeebe gateway, e.g. http://zeebe:26500
 * @param jobTimeout how long a worker may hold a job; a call leg may wait minutes in one node
 * @param embeddedStateMemory the off-heap memory the embedded engine's RocksDB state may use
 */
@ConfigurationProperties("dialtone.zeebe")
public record ZeebeProperties(
    String mode, URI gatewayAddress, Duration jobTimeout, DataSize embeddedStateMemory) {

  public ZeebeProperties {
    mode = mode == null ? "embedded" : mode;
    jobTimeout = jobTimeout == null ? Duration.ofHours(1) : jobTimeout;
    embeddedStateMemory =
        embeddedStateMemory == null ? DataSize.ofMegabytes(64) : embeddedStateMemory;
  }

  public boolean embedded() {
    return "embedded".equals(mode);
  }
}
