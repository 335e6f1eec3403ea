package dev.dialtone.runtime.support;

import dev.dialtone.telephony.ari.fake.FakeAriServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's runtime at a fake Asterisk over ARI, with its own in-memory database. */
public final class FakeAsteriskProperties {

  public static final String USERNAME = "dialtone";
  public static final String PASSWORD = "fake-secret";

  private FakeAsteriskProperties() {}

  /** A fake Asterisk whose Stasis application and credentials match {@link #register}. */
  public static FakeAriServer start() {
    return FakeAriServer.start("dialtone", USERNAME, PASSWORD);
  }

  /** A fresh directory for rendered prompts, which the fake Asterisk "reads" (mode directory). */
  public static Path promptDirectory() {
    try {
      return Files.createTempDirectory("dialtone-prompts");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void register(
      DynamicPropertyRegistry registry, FakeAriServer asterisk, String database, Path prompts) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    registry.add("dialtone.telephony.ari.url", () -> asterisk.url().toString());
    registry.add("dialtone.telephony.ari.username", () -> USERNAME);
    registry.add("dialtone.telephony.ari.password", () -> PASSWORD);
    // a reconnect within the test's waits when a test drops the events socket
    registry.add("dialtone.telephony.ari.reconnect-floor", () -> "50ms");
    registry.add("dialtone.telephony.ari.reconnect-ceiling", () -> "300ms");
    registry.add("dialtone.telephony.ari.prompts.mode", () -> "directory");
    registry.add("dialtone.telephony.ari.prompts.dir", prompts::toString);
  }
}
