package dev.dialtone.runtime.flows;

/** How many calls are still running on one published version of a flow. */
public record RunningCalls(int version, int count) {}
