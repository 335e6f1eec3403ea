package dev.dialtone.runtime.dialing;

import java.util.concurrent.CompletableFuture;

/**
 * A groupcall under way.
 *
 * @param result completes when it is over for the caller's flow
 * @param timings completes once the answer was bridged and the other legs hung up (null when nobody
 *     answered), also when the call ended while the bridge was being built
 */
public record GroupCallHandle(
    CompletableFuture<DialResult> result, CompletableFuture<DialTimings> timings) {}
