package dev.dialtone.runtime.recordings;

import dev.dialtone.runtime.config.RuntimeConfiguration;
import java.util.concurrent.ExecutorService;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored recordings: the repository and the service the record worker and the API use. */
@AutoConfiguration(after = RuntimeConfiguration.class)
public class RecordingsConfiguration {

  @Bean
  RecordingRepository recordingRepository(DSLContext dsl) {
    return new RecordingRepository(dsl);
  }

  @Bean
  RecordingService recordingService(
      RecordingRepository recordings,
      ExecutorService dialtoneCallWork,
      PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    return new RecordingService(
        recordings, dialtoneCallWork, work -> template.executeWithoutResult(status -> work.run()));
  }
}
