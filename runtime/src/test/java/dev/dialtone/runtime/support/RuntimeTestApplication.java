package dev.dialtone.runtime.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runtime on its own, as an application: auto-configuration brings engine, workers, database.
 */
@SpringBootApplication
public class RuntimeTestApplication {}
