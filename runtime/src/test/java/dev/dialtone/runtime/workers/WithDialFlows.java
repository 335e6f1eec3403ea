package dev.dialtone.runtime.workers;

import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The fixture of the dialing nodes' end-to-end tests: the runtime on an in-memory H2 database with
 * the real engine and the simulated telephony, a {@link DialFlows} bean to inject, and after each
 * test a wait until no dialing is followed any more, so a leaked leg fails the test that leaked it.
 *
 * <p>Jobs time out after 2 s here, so a bridge that outlasted its job would show as a second dial.
 * Every class with this annotation has the same configuration and so shares one Spring context (one
 * engine start for all of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = {RuntimeTestApplication.class, DialFlows.class},
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dialing-nodes;DB_CLOSE_DELAY=-1",
      "dialtone.zeebe.job-timeout=2s"
    })
@ExtendWith(WithDialFlows.NothingFollowed.class)
@interface WithDialFlows {

  /** Runs {@link DialFlows#nothingFollowed()} after each test. */
  final class NothingFollowed implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
      SpringExtension.getApplicationContext(context).getBean(DialFlows.class).nothingFollowed();
    }
  }
}
