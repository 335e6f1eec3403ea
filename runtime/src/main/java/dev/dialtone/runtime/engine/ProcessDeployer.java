package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deploys BPMN to Zeebe and remembers the process definition key per model, so a model is sent once
 * per engine. Zeebe itself ignores a resource it already has, so redeploying after a restart (when
 * this memory is empty) is harmless.
 */
public class ProcessDeployer {

  private final CamundaClient client;
  private final Map<String, Long> keysByDigest = new ConcurrentHashMap<>();

  public ProcessDeployer(CamundaClient client) {
    this.client = client;
  }

  /** Returns the process definition key of {@code bpmnXml}, deploying it if needed. */
  public long deploy(String processId, String bpmnXml) {
    return keysByDigest.computeIfAbsent(digest(bpmnXml), d -> send(processId, bpmnXml));
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
