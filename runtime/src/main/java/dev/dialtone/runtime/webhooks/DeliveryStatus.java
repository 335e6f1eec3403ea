package dev.dialtone.runtime.webhooks;

/** Where an outbox row stands: {@code FAILED} means the worker gave up after its last attempt. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
