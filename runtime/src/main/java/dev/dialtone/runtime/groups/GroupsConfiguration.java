package dev.dialtone.runtime.groups;

import dev.dialtone.runtime.db.DatabaseAutoConfiguration;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Saved groups of destinations, and what keeps a used group from being deleted. */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
public class GroupsConfiguration {

  @Bean
  @ConditionalOnMissingBean
  GroupRepository groupRepository(DSLContext dsl) {
    return new GroupRepository(dsl);
  }

  @Bean
  @ConditionalOnMissingBean
  GroupUsage groupUsage(DSLContext dsl) {
    return new PublishedFlowsGroupUsage(dsl);
  }

  @Bean
  GroupService groupService(GroupRepository groups, GroupUsage usage) {
    return new GroupService(groups, usage);
  }
}
