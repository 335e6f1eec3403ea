package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.config.RuntimeConfiguration;
import dev.dialtone.runtime.groups.GroupService;
import dev.dialtone.runtime.groups.GroupsConfiguration;
import dev.dialtone.runtime.simulator.VirtualPhoneService;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import io.camunda.client.CamundaClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The dialing engine (groupcall, connect) and the virtual phones it rings when simulated. */
@AutoConfiguration(after = {RuntimeConfiguration.class, GroupsConfiguration.class})
public class DialingConfiguration {

  @Bean
  @ConditionalOnMissingBean
  DialOutcomes dialOutcomes(CamundaClient client) {
    return new BridgeEndedMessages(client);
  }

  @Bean
  Dialing dialing(CallLifecycle lifecycle, DialOutcomes outcomes) {
    return new Dialing(lifecycle, outcomes);
  }

  @Bean
  GroupTrees groupTrees(GroupService groups) {
    return new GroupTrees(groups);
  }

  @Bean
  VirtualPhoneService virtualPhoneService(SimulatedTelephony telephony) {
    return new VirtualPhoneService(telephony);
  }
}
