package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import com.google.rpc.Status;
import io.camunda.zeebe.process.test.engine.GatewayRequestStore.Request;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import io.camunda.zeebe.util.buffer.BufferWriter;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers gateway requests like {@link GrpcResponseWriter}, but sends each answer on another
 * thread. The engine's stream-processor thread only builds the response; handing it to the gRPC
 * stream — with the in-process transport that runs the client's callbacks too, and takes a lock
 * shared with every thread that starts a request — happens on {@code sender}, so the one thread all
 * calls depend on neither does that work nor waits for that lock.
 */
final class HandedOffResponseWriter extends GrpcResponseWriter {

  private static final Logger LOG = LoggerFactory.getLogger(HandedOffResponseWriter.class);

  private final GatewayRequestStore requests;
  private final GrpcResponseMapper mapper = new GrpcResponseMapper();
  private final Executor sender;
  private final ExpandableArrayBuffer value = new ExpandableArrayBuffer();
  private final UnsafeBuffer valueView = new UnsafeBuffer();
  private long key = -1;
  private Intent intent = Intent.UNKNOWN;
  private RejectionType rejectionType = RejectionType.NULL_VAL;
  private String rejectionReason = "";

  HandedOffResponseWriter(
      GrpcToLogStreamGateway gateway, GatewayRequestStore requests, Executor sender) {
    super(gateway, requests, intent -> {});
    this.requests = requests;
    this.sender = sender;
  }

  @Override
  public CommandResponseWriter partitionId(int partitionId) {
    return this;
  }

  @Override
  public CommandResponseWriter key(long key) {
    this.key = key;
    return this;
  }

  @Override
  public CommandResponseWriter intent(Intent intent) {
    this.intent = intent;
    return this;
  }

  @Override
  public CommandResponseWriter recordType(RecordType type) {
    return this;
  }

  @Override
  public CommandResponseWriter valueType(ValueType valueType) {
    return this;
  }

  @Override
  public CommandResponseWriter rejectionType(RejectionType rejectionType) {
    this.rejectionType = rejectionType;
    return this;
  }

  @Override
  public CommandResponseWriter rejectionReason(org.agrona.DirectBuffer rejectionReason) {
    this.rejectionReason = BufferUtil.bufferAsString(rejectionReason);
    return this;
  }

  @Override
  public CommandResponseWriter valueWriter(BufferWriter writer) {
    writer.write(value, 0);
    valueView.wrap(value, 0, writer.getLength());
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void tryWriteResponse(int requestStreamId, long requestId) {
    Request request = requests.removeRequest(requestId);
    if (request == null) {
      LOG.debug("no gateway request {} to answer (cancelled?)", requestId);
      return;
    }
    StreamObserver<GeneratedMessage> observer =
        (StreamObserver<GeneratedMessage>) request.responseObserver();
    if (rejectionType != RejectionType.NULL_VAL) {
      Status rejection = mapper.createRejectionResponse(rejectionType, intent, rejectionReason);
      sender.execute(() -> observer.onError(StatusProto.toStatusException(rejection)));
      return;
    }
    // built here: the value buffer is reused for the next response
    GeneratedMessage response = mapper.map(request.requestType(), valueView, key, intent);
    sender.execute(
        () -> {
          try {
            observer.onNext(response);
            observer.onCompleted();
          } catch (RuntimeException e) {
            LOG.debug("could not answer gateway request {}: {}", requestId, e.toString());
          }
        });
  }
}
