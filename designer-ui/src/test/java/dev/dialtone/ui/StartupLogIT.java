package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The start as a person running the jar sees it: the address to open, and no warnings they could
 * not act on. Started by hand (not as a Spring test) so the capture covers the whole start.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogIT {

  /** Warnings a person may really need to read (none expected on the embedded default). */
  private static final int MAX_WARNINGS = 0;

  @Test
  void theStartSaysWhereToOpenTheAppAndStaysQuiet(CapturedOutput output) {
    try (ConfigurableApplicationContext app =
        SpringApplication.run(
            DialtoneApplication.class,
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--DIALTONE_ADMIN_PASSWORD=s3cret-admin",
            "--spring.datasource.url=jdbc:h2:mem:startup-log;DB_CLOSE_DELAY=-1")) {
      int port = app.getEnvironment().getProperty("local.server.port", Integer.class, -1);

      assertThat(output.getOut()).contains("Dialtone is ready at http://127.0.0.1:" + port + "/");
      // the push framework's ~50 set-up lines and the pool's chatter are gone
      assertThat(output.getAll()).doesNotContain("AtmosphereFramework", "HikariPool-");
      List<String> warnings =
          Arrays.stream(output.getAll().split("\\R"))
              .filter(line -> line.contains(" WARN ") || line.startsWith("WARNING"))
              .toList();
      assertThat(warnings).as(String.join("\n", warnings)).hasSizeLessThanOrEqualTo(MAX_WARNINGS);
    }
  }
}
