package dev.dialtone.runtime.engine;

import java.util.OptionalLong;

/** What has been deployed to the engine: a model's digest → its process definition key. */
public interface DeploymentLedger {

  OptionalLong find(String digest);

  void remember(String digest, String processId, long definitionKey);
}
