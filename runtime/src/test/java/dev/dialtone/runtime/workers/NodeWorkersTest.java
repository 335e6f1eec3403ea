package dev.dialtone.runtime.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scan the offline runtime builds its workers from finds the same classes as the Spring
 * runtime's component scan: every worker of the package, the dialing and record ones included.
 */
class NodeWorkersTest {

  @Test
  void findsEveryWorkerOfThePackage() {
    List<Class<? extends NodeWorker>> classes = NodeWorkers.classes();

    assertThat(classes)
        .contains(
            TalkWorker.class,
            RecordWorker.class,
            GroupcallWorker.class,
            ConnectWorker.class,
            TraceWorker.class)
        .doesNotContain(NodeWorker.class)
        .doesNotHaveDuplicates();
  }
}
