package dev.dialtone.ui.calls;

import dev.dialtone.runtime.calls.CallCursor;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallObserver;
import dev.dialtone.runtime.calls.CallPage;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Calls screen's reads, on background threads so a UI thread never waits for the database, and
 * its live feed: which call changed status, heard on the journal's writer thread and handed on at
 * once (the listener must only note it).
 */
@Component
class CallsReader implements DisposableBean {

  private final CallQueries calls;
  private final FlowService flows;
  private final CallJournal journal;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

  CallsReader(CallQueries calls, FlowService flows, CallJournal journal) {
    this.calls = calls;
    this.flows = flows;
    this.journal = journal;
  }

  /**
   * One page of calls, the legs each one dialed, the names of their flows, and where the next page
   * starts (null: this is the last).
   */
  record Page(
      List<CallRecord> calls,
      Map<UUID, List<CallRecord>> legs,
      Map<UUID, String> flowNames,
      CallCursor next) {}

  CompletableFuture<Page> page(CallFilter filter) {
    return CompletableFuture.supplyAsync(() -> read(filter), background);
  }

  private Page read(CallFilter filter) {
    CallPage page = calls.page(filter);
    // a leg shown at the top (found by its number) is not expanded again under its master
    List<UUID> masters =
        page.calls().stream()
            .filter(call -> call.masterCallId() == null)
            .map(CallRecord::id)
            .toList();
    return new Page(page.calls(), calls.chainedByMaster(masters), flowNames(), page.next());
  }

  List<FlowSummary> flows() {
    return flows.list();
  }

  Map<UUID, String> flowNames() {
    return flows.list().stream().collect(Collectors.toMap(FlowSummary::id, FlowSummary::name));
  }

  /** Tells {@code changed} the id of every call whose status changes, until closed. */
  AutoCloseable watch(Consumer<UUID> changed) {
    CallObserver observer =
        new CallObserver() {
          @Override
          public void statusChanged(UUID callId, CallStatus status) {
            changed.accept(callId);
          }
        };
    journal.observe(observer);
    return () -> journal.unobserve(observer);
  }

  ExecutorService background() {
    return background;
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }
}
