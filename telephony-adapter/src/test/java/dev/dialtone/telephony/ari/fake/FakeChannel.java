package dev.dialtone.telephony.ari.fake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A channel on the fake Asterisk; its commands run one after another on its own thread. */
final class FakeChannel {

  private final String id;
  private final String name;
  private final String callerNumber;
  private final String context;
  private final String exten;
  private final String created = AriJson.now();
  final ExecutorService commands;
  final FarEnd farEnd;
  private volatile String state;
  volatile boolean inStasis;
  volatile boolean gone;
  volatile String playingId;
  volatile boolean hangUpDuringPrompt;
  volatile String keysDuringPrompt;
  volatile String keysAfterPrompt;
  volatile java.time.Duration keysAfterPromptDelay;
  volatile String recordingName;

  FakeChannel(
      String id,
      String name,
      String state,
      String callerNumber,
      String context,
      String exten,
      FarEnd farEnd) {
    this.id = id;
    this.name = name;
    this.state = state;
    this.callerNumber = callerNumber;
    this.context = context;
    this.exten = exten;
    this.farEnd = farEnd;
    this.commands =
        Executors.newSingleThreadExecutor(Thread.ofVirtual().name("fake-asterisk-" + id).factory());
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String state() {
    return state;
  }

  void state(String state) {
    this.state = state;
  }

  String callerNumber() {
    return callerNumber;
  }

  String context() {
    return context;
  }

  String exten() {
    return exten;
  }

  String created() {
    return created;
  }
}
