package dev.dialtone.runtime.recordings;

import dev.dialtone.runtime.config.RuntimeConfiguration;
import java.util.concurrent.ExecutorService;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Stored recordings: the repository and the service the record worker and the API use. */
@AutoConfiguration(after = RuntimeConfiguration.class)
public class RecordingsConfiguration {

  @Bean
  RecordingRepository recordingRepository(DSLContext dsl) {
    return new RecordingRepository(dsl);
  }

  @Bean
  RecordingService recordingService(
      RecordingRepository recordings, ExecutorService dialtoneCallWork) {
    return new RecordingService(recordings, dialtoneCallWork);
  }
}
