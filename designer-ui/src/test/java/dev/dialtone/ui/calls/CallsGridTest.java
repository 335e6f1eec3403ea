package dev.dialtone.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import dev.dialtone.runtime.calls.CallRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallsGridTest {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void legsSitUnderTheirMasterAndCallsWithoutLegsHaveNone() {
    CallRecord master = call(null, T0);
    CallRecord alone = call(null, T0.plusSeconds(5));
    CallRecord leg1 = call(master.id(), T0.plusSeconds(1));
    CallRecord leg2 = call(master.id(), T0.plusSeconds(2));
    CallsGrid grid = new CallsGrid();

    grid.show(
        List.of(alone, master),
        Map.of(master.id(), List.of(leg1, leg2)),
        Map.of(),
        ZoneId.of("UTC"));

    TreeData<CallRecord> tree =
        ((TreeDataProvider<CallRecord>) grid.getDataProvider()).getTreeData();
    assertThat(tree.getRootItems()).containsExactly(alone, master);
    assertThat(tree.getChildren(master)).containsExactly(leg1, leg2);
    assertThat(tree.getChildren(alone)).isEmpty();
    assertThat(grid.getColumnByKey("started")).isSameAs(grid.getColumns().getFirst());
  }

  private static CallRecord call(UUID master, Instant at) {
    return TestCalls.call(master, at, null, null, at.plusSeconds(30));
  }
}
