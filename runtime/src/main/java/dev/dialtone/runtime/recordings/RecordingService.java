package dev.dialtone.runtime.recordings;

import dev.dialtone.runtime.db.Timestamps;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.RecordedAudio;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes finished recordings over from the telephony (the WAV file from Asterisk, or the simulated
 * one) into the database, and serves them to the API.
 */
public class RecordingService {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingService.class);
  private static final int MAX_PAGE = 500;

  private final RecordingRepository repository;
  private final Executor blockingWork;
  private final Consumer<Runnable> inTransaction;
  private volatile RecordingHook hook = RecordingHook.NONE;

  /**
   * @param blockingWork runs the database insert: never on the telephony's event thread
   * @param inTransaction runs the insert and the hook in one database transaction
   */
  public RecordingService(
      RecordingRepository repository, Executor blockingWork, Consumer<Runnable> inTransaction) {
    this.repository = repository;
    this.blockingWork = blockingWork;
    this.inTransaction = inTransaction;
  }

  /** Sets the one hook that joins the transaction of every stored recording. */
  public void hook(RecordingHook hook) {
    this.hook = hook;
  }

  /**
   * Fetches the audio of a finished recording, stores it and then removes it from the telephony's
   * storage (a failure to remove is only logged: the copy is safe).
   */
  public CompletableFuture<Recording> store(
      CallControl telephony, UUID callId, String nodeId, RecordedAudio audio) {
    return telephony
        .recordingAudio(audio.name())
        .thenApplyAsync(
            wav -> {
              Recording recording =
                  new Recording(
                      UUID.randomUUID(),
                      callId,
                      nodeId,
                      audio.duration().toMillis(),
                      audio.end().name().toLowerCase(Locale.ROOT),
                      wav.length,
                      Timestamps.now());
              AtomicReference<Runnable> afterCommit = new AtomicReference<>(() -> {});
              inTransaction.accept(
                  () -> {
                    repository.insert(recording, wav);
                    afterCommit.set(hook.stored(recording));
                  });
              afterCommit.get().run();
              return recording;
            },
            blockingWork)
        .whenComplete(
            (stored, error) -> {
              if (error == null) {
                telephony
                    .deleteRecording(audio.name())
                    .exceptionally(
                        e -> {
                          LOG.warn("recording {} stays on the telephony: {}", audio.name(), e);
                          return null;
                        });
              }
            });
  }

  /**
   * @param limit at most {@value #MAX_PAGE}
   */
  public RecordingPage list(UUID callId, int offset, int limit) {
    return repository.list(callId, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
  }

  public Recording get(UUID id) {
    return repository.find(id).orElseThrow(() -> notFound(id));
  }

  public byte[] audio(UUID id) {
    return repository.audio(id).orElseThrow(() -> notFound(id));
  }

  public void delete(UUID id) {
    if (!repository.delete(id)) {
      throw notFound(id);
    }
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("no recording " + id);
  }
}
