package dev.dialtone.runtime.simulator;

/**
 * A virtual phone as a client describes it, unchecked.
 *
 * @param afterMs how long it rings before it acts; null: at once
 * @param talkMs how long it talks once it answered; null: until the other side hangs up
 */
public record PhoneRequest(String address, String behavior, Long afterMs, Long talkMs) {}
