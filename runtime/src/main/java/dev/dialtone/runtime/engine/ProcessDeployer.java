package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * Deploys BPMN to Zeebe and remembers the process definition key per model in a {@link
 * DeploymentLedger}, so a model is sent once per engine. (Zeebe itself only ignores a resource that
 * equals the newest version of its process; anything older would become a new version.)
 */
public class ProcessDeployer {

  private final CamundaClient client;
  private final DeploymentLedger ledger;

  public ProcessDeployer(CamundaClient client, DeploymentLedger ledger) {
    this.client = client;
    this.ledger = ledger;
  }

  /** Returns the process definition key of {@code bpmnXml}, deploying it if needed. */
  public long deploy(String processId, String bpmnXml) {
    String digest = digest(bpmnXml);
    OptionalLong known = ledger.find(digest);
    if (known.isPresent()) {
      return known.getAsLong();
    }
    long key = send(processId, bpmnXml);
    ledger.remember(digest, processId, key);
    return key;
  }

  private long send(String processId, String bpmnXml) {
    DeploymentEvent event =
        client
            .newDeployResourceCommand()
            .addResourceString(bpmnXml, StandardCharsets.UTF_8, processId + ".bpmn")
            .send()
            .join();
    return event.getProcesses().getFirst().getProcessDefinitionKey();
  }

  private static String digest(String xml) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
