package dev.dialtone.runtime.numbers;

import java.util.UUID;

/**
 * Where an incoming call to {@code number} goes. {@code publishedVersion} is the flow's latest
 * published version, or null if it was never published (the call cannot be routed), fetched in the
 * same query because routing is on every call's critical path.
 */
public record Route(String number, UUID flowId, Integer publishedVersion) {}
