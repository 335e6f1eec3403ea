package dev.dialtone.telephony.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/** Writes WAV files: 8 kHz, mono, 16-bit PCM, as Asterisk records them. */
final class Wav {

  static final int SAMPLE_RATE = 8000;

  private Wav() {}

  /** A quiet 440 Hz tone of the given length, so a player shows it as sound, not as nothing. */
  static byte[] tone(Duration length) {
    int samples = (int) Math.min(Integer.MAX_VALUE / 4, length.toMillis() * SAMPLE_RATE / 1000);
    int dataBytes = samples * 2;
    ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    wav.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes()).putInt(dataBytes);
    for (int i = 0; i < samples; i++) {
      wav.putShort((short) (Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE) * 2000));
    }
    return wav.array();
  }
}
