package dev.dialtone.runtime.ari;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;

/** What the engine's record stream says about a process instance. */
final class ProcessInstances {

  private ProcessInstances() {}

  /** Whether the instance was activated and has neither completed nor been terminated. */
  static boolean active(ZeebeTestEngine engine, Long processInstanceKey) {
    if (processInstanceKey == null) {
      return false;
    }
    boolean active = false;
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() != ValueType.PROCESS_INSTANCE
          || record.getKey() != processInstanceKey) {
        continue;
      }
      var value = (ProcessInstanceRecordValue) record.getValue();
      if (value.getProcessInstanceKey() != processInstanceKey) {
        continue;
      }
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
        active = true;
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
          || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
        active = false;
      }
    }
    return active;
  }
}
