package dev.dialtone.ui.recordings;

import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingPage;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.ui.api.Ids;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recordings made by record nodes: listed newest first (all, or one call's), their metadata, their
 * audio as a WAV download; an editor may delete one (the security rules let viewers only read).
 */
@RestController
@RequestMapping("/api/v1/recordings")
class RecordingsController {

  private final RecordingService recordings;

  RecordingsController(RecordingService recordings) {
    this.recordings = recordings;
  }

  record RecordingResponse(
      UUID id,
      UUID callId,
      String nodeId,
      long durationMs,
      String endReason,
      int sizeBytes,
      Instant createdAt) {
    static RecordingResponse of(Recording r) {
      return new RecordingResponse(
          r.id(),
          r.callId(),
          r.nodeId(),
          r.durationMs(),
          r.endReason(),
          r.sizeBytes(),
          r.createdAt());
    }
  }

  record PageResponse(List<RecordingResponse> recordings, int offset, int limit, long total) {}

  @GetMapping
  PageResponse list(
      @RequestParam(name = "call_id", required = false) String callId,
      @RequestParam(required = false, defaultValue = "0") int offset,
      @RequestParam(required = false, defaultValue = "50") int limit) {
    UUID call = callId == null ? null : Ids.parse("call_id", callId);
    RecordingPage page = recordings.list(call, offset, limit);
    return new PageResponse(
        page.recordings().stream().map(RecordingResponse::of).toList(),
        page.offset(),
        page.limit(),
        page.total());
  }

  @GetMapping("/{id}")
  RecordingResponse get(@PathVariable UUID id) {
    return RecordingResponse.of(recordings.get(id));
  }

  @GetMapping("/{id}/audio")
  ResponseEntity<byte[]> audio(@PathVariable UUID id) {
    byte[] wav = recordings.audio(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("audio/wav"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("recording-" + id + ".wav").build().toString())
        .body(wav);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    recordings.delete(id);
    return ResponseEntity.noContent().build();
  }
}
