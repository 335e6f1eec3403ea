package dev.dialtone.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where to open the app once everything is up (database migrated, engine and workers running),
 * so a person who started the jar knows what to type into the browser.
 */
@Component
class StartupMessage implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web
        && web.getWebServer() != null) {
      LOG.info(
          "Dialtone is ready at {}", address(web.getEnvironment(), web.getWebServer().getPort()));
    }
  }

  static String address(Environment environment, int port) {
    String host = environment.getProperty("server.address", "");
    // Bound to every interface (the default): the local machine is where the person most likely is.
    if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
    String path = environment.getProperty("server.servlet.context-path", "");
    return (tls ? "https" : "http") + "://" + host + ":" + port + path + "/";
  }
}
