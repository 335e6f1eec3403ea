package dev.dialtone.runtime.groups;

import static dev.dialtone.db.Tables.FLOWS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A group is in use while the latest published version of some flow has a {@code groupcall} node
 * naming it: by its {@code group} option or as an inline destination of type {@code group}. The
 * documents are read as plain JSON, not through the flow reader, so the check holds whatever node
 * types the running compiler knows.
 */
public class PublishedFlowsGroupUsage implements GroupUsage {

  static final String GROUPCALL = "groupcall";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DSLContext dsl;

  public PublishedFlowsGroupUsage(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<String> usersOf(UUID groupId) {
    var latest =
        DSL.select(DSL.max(FLOW_VERSIONS.VERSION))
            .from(FLOW_VERSIONS)
            .where(FLOW_VERSIONS.FLOW_ID.eq(FLOWS.ID));
    String id = groupId.toString();
    return dsl
        .select(FLOWS.NAME, FLOW_VERSIONS.DOCUMENT)
        .from(FLOWS)
        .join(FLOW_VERSIONS)
        .on(FLOW_VERSIONS.FLOW_ID.eq(FLOWS.ID).and(FLOW_VERSIONS.VERSION.eq(latest)))
        .where(FLOW_VERSIONS.DOCUMENT.contains(id))
        .orderBy(FLOWS.NAME)
        .fetch()
        .stream()
        .filter(r -> namesGroup(r.value2(), id))
        .map(r -> "flow '" + r.value1() + "'")
        .toList();
  }

  static boolean namesGroup(String documentJson, String groupId) {
    JsonNode nodes = JSON.readTree(documentJson).path("nodes");
    return StreamSupport.stream(nodes.spliterator(), false)
        .filter(node -> GROUPCALL.equals(node.path("type").asString("")))
        .map(node -> node.path("options"))
        .anyMatch(
            options ->
                groupId.equals(options.path("group").asString(""))
                    || StreamSupport.stream(options.path("destinations").spliterator(), false)
                        .anyMatch(
                            d ->
                                "group".equals(d.path("type").asString(""))
                                    && groupId.equals(d.path("target").asString(""))));
  }
}
