package dev.dialtone.ui.calls;

import com.vaadin.flow.server.streams.DownloadHandler;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.runtime.webhooks.OutboxEntry;
import dev.dialtone.runtime.webhooks.WebhookService;
import dev.dialtone.ui.editor.CanvasGraph;
import dev.dialtone.ui.editor.CanvasGraphs;
import dev.dialtone.ui.recordings.RecordingAudio;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * What one call's page shows, read in the background: the record, its chained legs, its webhook
 * deliveries, and the graph of the flow version it ran (a published call's version as published —
 * not today's draft; a test call of a draft shows the current draft, as drafts are not kept).
 */
@Component
class CallDetailsReader {

  private final CallQueries calls;
  private final FlowService flows;
  private final WebhookService webhooks;
  private final FlowCompiler compiler;
  private final CanvasGraphs graphs;
  private final CallsReader reader;
  private final RecordingService recordings;

  CallDetailsReader(
      CallQueries calls,
      FlowService flows,
      WebhookService webhooks,
      FlowCompiler compiler,
      CallsReader reader,
      RecordingService recordings) {
    this.calls = calls;
    this.flows = flows;
    this.webhooks = webhooks;
    this.compiler = compiler;
    this.graphs = new CanvasGraphs(compiler.nodeTypes());
    this.reader = reader;
    this.recordings = recordings;
  }

  /** A call records a handful at most; this many is plenty for one page. */
  private static final int RECORDINGS = 100;

  /** The flow as the call ran it, with a line saying which one it is. */
  record RanFlow(CanvasGraph graph, String caption) {}

  record Details(
      CallRecord call,
      String flowName,
      List<CallRecord> chained,
      List<OutboxEntry> deliveries,
      List<Recording> recordings,
      RanFlow flow) {}

  /** Fails with {@code NotFoundException} for an unknown call. */
  CompletableFuture<Details> load(UUID callId) {
    return CompletableFuture.supplyAsync(() -> read(callId), reader.background());
  }

  /** The record, legs and deliveries again (a live call's page refreshes them). */
  CompletableFuture<Details> refresh(Details known) {
    return CompletableFuture.supplyAsync(
        () -> {
          UUID id = known.call().id();
          return new Details(
              calls.get(id),
              known.flowName(),
              calls.chained(id),
              webhooks.deliveries(id),
              recordingsOf(id),
              known.flow());
        },
        reader.background());
  }

  private Details read(UUID callId) {
    CallRecord call = calls.get(callId);
    String flowName =
        call.flowId() == null
            ? "—"
            : reader.flowNames().getOrDefault(call.flowId(), "deleted flow");
    return new Details(
        call,
        flowName,
        calls.chained(callId),
        webhooks.deliveries(callId),
        recordingsOf(callId),
        ranFlow(call));
  }

  /** Oldest first, the order the call made them. */
  private List<Recording> recordingsOf(UUID callId) {
    return recordings.list(callId, 0, RECORDINGS).recordings().reversed();
  }

  /** A recording's WAV, read when the browser asks for it. */
  DownloadHandler audio(Recording recording) {
    return RecordingAudio.of(recordings, recording);
  }

  private RanFlow ranFlow(CallRecord call) {
    if (call.flowId() == null) {
      return new RanFlow(null, "This call ran no flow.");
    }
    try {
      if (call.revision() == CallRevision.PUBLISHED && call.flowVersion() != null) {
        String json = flows.version(call.flowId(), call.flowVersion()).documentJson();
        return graphOf(compiler.parse(json), "Version " + call.flowVersion() + " as published");
      }
      FlowDocument draft = flows.get(call.flowId()).document();
      return draft == null
          ? new RanFlow(null, "The flow's draft no longer opens.")
          : new RanFlow(
              graphs.of(draft, List.of()),
              "A test call of a draft: drafts are not kept, so this is today's draft");
    } catch (NotFoundException e) {
      return new RanFlow(null, "The flow this call ran has been deleted.");
    }
  }

  private RanFlow graphOf(ParseResult parsed, String caption) {
    if (parsed.document() == null) {
      return new RanFlow(null, caption + " no longer opens.");
    }
    return new RanFlow(graphs.of(parsed.document(), List.of()), caption);
  }
}
