package dev.dialtone.telephony.ari.fake;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

/** What Asterisk stores for a recording: 8 kHz mono 16-bit WAV (here: silence). */
final class FakeWav {

  private FakeWav() {}

  static byte[] silence(Duration length) {
    int dataBytes = (int) (length.toMillis() * 8000 / 1000) * 2;
    ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    wav.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes()).putInt(dataBytes);
    return wav.array();
  }
}
