package dev.dialtone.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalGatewayTest {

  @TempDir Path dir;

  @Test
  void anExternalEngineNeedsAnAddress() {
    assertThatThrownBy(() -> configure(settings(null, null, noOAuth())))
        .hasMessageContaining("dialtone.zeebe.gateway-address");
  }

  @Test
  void theAddressSaysPlainOrTls() {
    assertThatThrownBy(() -> configure(settings("grpc://zeebe:26500", null, noOAuth())))
        .hasMessageContaining("http://")
        .hasMessageContaining("grpc://zeebe:26500");
  }

  @Test
  void aCaCertificateMustBeReadableAndGoesWithTls() throws Exception {
    Path missing = dir.resolve("missing.pem");
    assertThatThrownBy(() -> configure(settings("https://zeebe:26500", missing, noOAuth())))
        .hasMessageContaining("cannot read " + missing);
    Path ca = Files.writeString(dir.resolve("ca.pem"), "not checked until a connection");
    assertThatThrownBy(() -> configure(settings("http://zeebe:26500", ca, noOAuth())))
        .hasMessageContaining("not https://");
  }

  @Test
  void oauthNeedsEveryCredentialAndNamesWhatIsMissing() {
    var partial = new ZeebeProperties.OAuth("dialtone", null, null, "zeebe-api", null);
    assertThatThrownBy(() -> configure(settings("https://zeebe:26500", null, partial)))
        .hasMessageContaining("missing: client-secret token-url");
  }

  @Test
  void aCompleteOAuthSettingBuildsAClientAndHidesTheSecret() {
    var oauth =
        new ZeebeProperties.OAuth(
            "dialtone", "s3cret", URI.create("https://idp.example/token"), "zeebe-api", null);
    try (CamundaClient client = configure(settings("https://zeebe:26500", null, oauth)).build()) {
      assertThat(client.getConfiguration().getGrpcAddress()).hasToString("https://zeebe:26500");
      assertThat(client.getConfiguration().getCredentialsProvider()).isNotNull();
    }
    assertThat(oauth.toString()).doesNotContain("s3cret");
  }

  private static CamundaClientBuilder configure(ZeebeProperties properties) {
    return ExternalGateway.configure(CamundaClient.newClientBuilder(), properties);
  }

  private static ZeebeProperties.OAuth noOAuth() {
    return new ZeebeProperties.OAuth(null, null, null, null, null);
  }

  private static ZeebeProperties settings(String address, Path ca, ZeebeProperties.OAuth oauth) {
    return new ZeebeProperties(
        "external",
        address == null ? null : URI.create(address),
        ca,
        oauth,
        Duration.ofMinutes(5),
        null);
  }
}
