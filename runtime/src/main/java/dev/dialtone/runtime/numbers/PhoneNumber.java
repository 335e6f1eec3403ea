package dev.dialtone.runtime.numbers;

import java.time.Instant;
import java.util.UUID;

/**
 * An E.164 number and the flow it routes to; {@code flowId} and {@code flowName} are null when
 * unassigned.
 */
public record PhoneNumber(
    String number, UUID flowId, String flowName, Instant createdAt, Instant updatedAt) {}
