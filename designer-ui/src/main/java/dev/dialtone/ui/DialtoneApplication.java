package dev.dialtone.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Dialtone in one process: the designer, its REST API and the call runtime. */
@SpringBootApplication
public class DialtoneApplication {

  public static void main(String[] args) {
    SpringApplication.run(DialtoneApplication.class, args);
  }
}
