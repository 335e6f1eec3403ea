package dev.dialtone.ui;

import dev.dialtone.node.RuntimeNodeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Dialtone in one process: the designer, its REST API and the call runtime — or, with {@code
 * --dialtone.role=runtime}, the call runtime alone ({@link RuntimeNodeApplication}).
 */
@SpringBootApplication
public class DialtoneApplication {

  public static void main(String[] args) {
    Class<?> role =
        RuntimeNodeApplication.requested(args, System.getenv())
            ? RuntimeNodeApplication.class
            : DialtoneApplication.class;
    SpringApplication.run(role, args);
  }
}
