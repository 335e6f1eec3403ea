package dev.dialtone.runtime.scenarios;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outside Spring Boot nobody configures logging, and Logback's default prints every DEBUG line of
 * the engine: a command line tool shows warnings only.
 */
final class QuietLogs {

  private QuietLogs() {}

  static void apply() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
      // the engine registers one of its gauges twice and says so: nothing a user can act on
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.micrometer"))
          .setLevel(ch.qos.logback.classic.Level.ERROR);
    }
  }
}
