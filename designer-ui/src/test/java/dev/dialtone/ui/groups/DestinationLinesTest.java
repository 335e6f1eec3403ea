package dev.dialtone.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupDestination;
import dev.dialtone.runtime.groups.GroupDraft.DestinationDraft;
import dev.dialtone.runtime.groups.RingMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DestinationLinesTest {

  private final CallGroup support =
      new CallGroup(
          UUID.randomUUID(),
          "Support",
          RingMethod.LINEAR,
          30_000,
          List.of(new GroupDestination(GroupDestination.Type.TEL, "+15550001")),
          Instant.EPOCH,
          Instant.EPOCH);

  @Test
  void linesBecomeNumbersEndpointsAndGroupsByName() {
    List<DestinationDraft> parsed =
        DestinationLines.parse(
            " +15550001\n\nPJSIP/alice\r\ngroup: Support\ngroup: Nobody", List.of(support));

    assertThat(parsed)
        .containsExactly(
            new DestinationDraft("tel", "+15550001"),
            new DestinationDraft("endpoint", "PJSIP/alice"),
            new DestinationDraft("group", support.id().toString()),
            new DestinationDraft("group", "Nobody"));
  }

  @Test
  void aGroupReadsBackAsTheLinesThatMakeIt() {
    CallGroup sales =
        new CallGroup(
            UUID.randomUUID(),
            "Sales",
            RingMethod.RING_ALL,
            30_000,
            List.of(
                new GroupDestination(GroupDestination.Type.ENDPOINT, "PJSIP/bob"),
                new GroupDestination(GroupDestination.Type.GROUP, support.id().toString())),
            Instant.EPOCH,
            Instant.EPOCH);

    assertThat(DestinationLines.format(sales, List.of(support, sales)))
        .isEqualTo("PJSIP/bob\ngroup: Support");
  }
}
