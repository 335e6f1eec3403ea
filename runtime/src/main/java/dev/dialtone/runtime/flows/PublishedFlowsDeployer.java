package dev.dialtone.runtime.flows;

import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.routing.ProcessIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At startup, deploys every published version to the engine: the in-process engine starts empty,
 * and an external one that already has a version ignores it.
 */
public class PublishedFlowsDeployer implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(PublishedFlowsDeployer.class);

  private final FlowVersionRepository versions;
  private final ProcessDeployer deployer;

  public PublishedFlowsDeployer(FlowVersionRepository versions, ProcessDeployer deployer) {
    this.versions = versions;
    this.deployer = deployer;
  }

  @Override
  public void run(ApplicationArguments args) {
    var published = versions.listPublished();
    for (FlowVersion version : published) {
      deployer.deploy(ProcessIds.published(version.flowId()), version.bpmnXml());
    }
    LOG.info("deployed {} published flow versions", published.size());
  }
}
