package dev.dialtone.runtime.webhooks;

import java.time.Instant;

/**
 * One try at delivering an outbox row: the receiver's status code, or the error when there was no
 * answer.
 */
public record DeliveryAttempt(int attempt, Instant at, Integer statusCode, String error) {}
