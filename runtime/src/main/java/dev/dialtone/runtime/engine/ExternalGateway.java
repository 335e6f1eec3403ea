package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import java.nio.file.Files;

/**
 * Points a client at an external Zeebe gateway: address, TLS trust and OAuth client credentials.
 * Settings that cannot work are refused at startup with the property to fix, never at the first
 * call.
 */
final class ExternalGateway {

  private ExternalGateway() {}

  static CamundaClientBuilder configure(CamundaClientBuilder builder, ZeebeProperties properties) {
    URI address = properties.gatewayAddress();
    if (address == null) {
      throw new IllegalStateException(
          "dialtone.zeebe.mode=external needs dialtone.zeebe.gateway-address, e.g. http://zeebe:26500");
    }
    String scheme = address.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalStateException(
          "dialtone.zeebe.gateway-address must start with http:// (plain) or https:// (TLS), got "
              + address);
    }
    builder.grpcAddress(address);
    if (properties.caCertificate() != null) {
      if (!"https".equals(scheme)) {
        throw new IllegalStateException(
            "dialtone.zeebe.ca-certificate is set but the gateway address "
                + address
                + " is not https://");
      }
      if (!Files.isReadable(properties.caCertificate())) {
        throw new IllegalStateException(
            "dialtone.zeebe.ca-certificate: cannot read " + properties.caCertificate());
      }
      builder.caCertificatePath(properties.caCertificate().toString());
    }
    ZeebeProperties.OAuth oauth = properties.oauth();
    if (oauth.configured()) {
      builder.credentialsProvider(credentials(oauth));
    }
    return builder;
  }

  private static CredentialsProvider credentials(ZeebeProperties.OAuth oauth) {
    if (oauth.clientId() == null || oauth.clientSecret() == null || oauth.tokenUrl() == null) {
      throw new IllegalStateException(
          "OAuth for the Zeebe gateway needs all of dialtone.zeebe.oauth.client-id, .client-secret"
              + " and .token-url; missing: "
              + (oauth.clientId() == null ? "client-id " : "")
              + (oauth.clientSecret() == null ? "client-secret " : "")
              + (oauth.tokenUrl() == null ? "token-url" : ""));
    }
    var provider =
        CredentialsProvider.newCredentialsProviderBuilder()
            .clientId(oauth.clientId())
            .clientSecret(oauth.clientSecret())
            .authorizationServerUrl(oauth.tokenUrl().toString());
    if (oauth.audience() != null) {
      provider.audience(oauth.audience());
    }
    if (oauth.scope() != null) {
      provider.scope(oauth.scope());
    }
    return provider.build();
  }
}
