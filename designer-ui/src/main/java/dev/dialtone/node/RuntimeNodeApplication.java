package dev.dialtone.node;

import dev.dialtone.ui.security.DatabaseUserDetailsService;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The runtime-only role of the same jar ({@code --dialtone.role=runtime}): the call runtime — job
 * workers, telephony (ARI when configured), routing, call records — with health and metrics, and no
 * designer: no views, no REST API, no Vaadin. A deployment runs one full instance for people and
 * any number of these next to it, all on one PostgreSQL and one Zeebe cluster.
 *
 * <p>It lives outside {@code dev.dialtone.ui}, so the full application's component scan never picks
 * it up (its exclusions would switch Vaadin off there too).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    excludeName = {
      "com.vaadin.flow.spring.SpringBootAutoConfiguration",
      "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
      "com.vaadin.flow.spring.VaadinScopesConfig"
    })
@Import({RuntimeNodeSecurity.class, DatabaseUserDetailsService.class})
public class RuntimeNodeApplication {

  /** The property (or environment variable {@code DIALTONE_ROLE}) that picks this role. */
  public static final String ROLE_PROPERTY = "dialtone.role";

  public static final String ROLE = "runtime";

  /** Whether the command line, a system property or the environment asks for this role. */
  public static boolean requested(String[] args, java.util.Map<String, String> environment) {
    for (String arg : args) {
      if (arg.equals("--" + ROLE_PROPERTY + "=" + ROLE)) {
        return true;
      }
    }
    return ROLE.equals(System.getProperty(ROLE_PROPERTY))
        || ROLE.equals(environment.get("DIALTONE_ROLE"));
  }
}
