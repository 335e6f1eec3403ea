package dev.dialtone.runtime.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The runtime finds its workers by scanning, the compiler its node types through ServiceLoader:
 * both must end up with the same set, or a published flow would wait forever on a job nobody takes.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:worker-discovery;DB_CLOSE_DELAY=-1")
class WorkerDiscoveryIT {

  @Autowired List<NodeWorker> workers;

  @Test
  void everyActionTypeOfTheCatalogueHasExactlyOneWorkerAndNoWorkerIsOrphaned() {
    List<String> expected =
        Stream.concat(
                NodeCatalogue.standard().types().stream()
                    .filter(NodeType::isAction)
                    .map(type -> JobTypes.forNodeType(type.name())),
                Stream.of(JobTypes.TRACE))
            .toList();

    assertThat(workers)
        .extracting(NodeWorker::jobType)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
