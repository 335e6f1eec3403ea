package dev.dialtone.runtime.engine;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the workflow engine is.
 *
 * @param mode {@code embedded} (an in-process engine on loopback, the default) or {@code external}
 * @param gatewayAddress the gRPC address of an external Zeebe gateway, e.g. http://zeebe:26500;
 *     {@code https://} connects with TLS
 * @param caCertificate a PEM file with the certificate authority that signed the gateway's TLS
 *     certificate, when the JVM's trust store does not know it
 * @param oauth client credentials for a gateway that requires OAuth (all of client id, client
 *     secret and token URL, or none)
 * @param jobTimeout how long a worker may hold a job; a call leg may wait minutes in one node
 * @param embeddedStateMemory the off-heap memory the embedded engine's RocksDB state may use
 */
@ConfigurationProperties("dialtone.zeebe")
public record ZeebeProperties(
    String mode,
    URI gatewayAddress,
    Path caCertificate,
    OAuth oauth,
    Duration jobTimeout,
    DataSize embeddedStateMemory) {

  /**
   * OAuth 2.0 client credentials for the gateway.
   *
   * @param clientId the client id the identity provider issued
   * @param clientSecret its secret (never logged)
   * @param tokenUrl the identity provider's token endpoint
   * @param audience the token audience the gateway expects, e.g. zeebe-api
   * @param scope the scope to ask for, if the provider needs one
   */
  public record OAuth(
      String clientId, String clientSecret, URI tokenUrl, String audience, String scope) {

    public boolean configured() {
      return clientId != null || clientSecret != null || tokenUrl != null;
    }

    @Override
    public String toString() {
      return "OAuth[clientId="
          + clientId
          + ", tokenUrl="
          + tokenUrl
          + ", audience="
          + audience
          + "]";
    }
  }

  public ZeebeProperties {
    mode = mode == null ? "embedded" : mode;
    jobTimeout = jobTimeout == null ? Duration.ofHours(1) : jobTimeout;
    embeddedStateMemory =
        embeddedStateMemory == null ? DataSize.ofMegabytes(64) : embeddedStateMemory;
    oauth = oauth == null ? new OAuth(null, null, null, null, null) : oauth;
  }

  public boolean embedded() {
    return "embedded".equals(mode);
  }
}
