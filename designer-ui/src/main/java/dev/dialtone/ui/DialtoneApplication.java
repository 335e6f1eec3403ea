package dev.dialtone.ui;

import dev.dialtone.node.RuntimeNodeApplication;
import dev.dialtone.runtime.scenarios.ScenarioCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Dialtone in one process: the designer, its REST API and the call runtime — or, with {@code
 * --dialtone.role=runtime}, the call runtime alone ({@link RuntimeNodeApplication}); {@code test
 * flow.json} runs a flow file's scenarios offline, without Spring, a server or a database ({@link
 * ScenarioCommand}).
 */
@SpringBootApplication
public class DialtoneApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("test")) {
      ScenarioCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Class<?> role =
        RuntimeNodeApplication.requested(args, System.getenv())
            ? RuntimeNodeApplication.class
            : DialtoneApplication.class;
    SpringApplication.run(role, args);
  }
}
