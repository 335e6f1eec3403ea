package dev.dialtone.telephony.tts;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads PCM WAV and writes it as Asterisk's {@code wav} format: 8 kHz, mono, 16-bit. Resampling is
 * a windowed-sinc filter, so speech rendered at 22.05 kHz does not alias into the phone band.
 */
public final class Wav {

  public static final int PHONE_RATE = 8000;
  private static final int HALF_TAPS = 12;

  private Wav() {}

  /** Mono 16-bit samples and their rate. */
  record Pcm(short[] samples, int rate) {}

  /** Any 8/16-bit PCM WAV to 8 kHz mono 16-bit WAV. */
  public static byte[] toPhoneWav(byte[] wav) {
    Pcm pcm = read(wav);
    return write(resample(pcm.samples(), pcm.rate(), PHONE_RATE), PHONE_RATE);
  }

  static Pcm read(byte[] wav) {
    ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    if (wav.length < 12 || in.getInt(0) != 0x46464952 || in.getInt(8) != 0x45564157) {
      throw new IllegalArgumentException("not a RIFF/WAVE file");
    }
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int pos = 12;
    while (pos + 8 <= wav.length) {
      int id = in.getInt(pos);
      int size = in.getInt(pos + 4);
      int body = pos + 8;
      if (id == 0x20746d66) { // "fmt "
        if (in.getShort(body) != 1) {
          throw new IllegalArgumentException("only PCM WAV is supported");
        }
        channels = in.getShort(body + 2);
        rate = in.getInt(body + 4);
        bits = in.getShort(body + 14);
      } else if (id == 0x61746164) { // "data"; a streamed file leaves its size unset
        int length = size < 0 || body + size > wav.length ? wav.length - body : size;
        return new Pcm(mono(in, body, length, channels, bits), rate);
      }
      pos = body + size + (size & 1);
      if (size < 0) {
        break;
      }
    }
    throw new IllegalArgumentException("WAV without a data chunk");
  }

  private static short[] mono(ByteBuffer in, int start, int length, int channels, int bits) {
    if (channels < 1 || (bits != 16 && bits != 8)) {
      throw new IllegalArgumentException(
          "unsupported WAV: " + channels + " channels, " + bits + " bits");
    }
    int frameBytes = channels * bits / 8;
    short[] out = new short[length / frameBytes];
    for (int i = 0; i < out.length; i++) {
      int sum = 0;
      for (int c = 0; c < channels; c++) {
        int at = start + i * frameBytes + c * bits / 8;
        sum += bits == 16 ? in.getShort(at) : ((in.get(at) & 0xff) - 128) << 8;
      }
      out[i] = (short) (sum / channels);
    }
    return out;
  }

  static short[] resample(short[] in, int from, int to) {
    if (from == to) {
      return in.clone();
    }
    double ratio = (double) to / from;
    double cutoff = Math.min(1.0, ratio); // low-pass at the lower Nyquist frequency
    double reach = HALF_TAPS / cutoff;
    short[] out = new short[(int) Math.floor(in.length * ratio)];
    for (int n = 0; n < out.length; n++) {
      double x = n / ratio;
      int first = (int) Math.ceil(x - reach);
      int last = (int) Math.floor(x + reach);
      double sum = 0;
      for (int k = Math.max(first, 0); k <= Math.min(last, in.length - 1); k++) {
        double t = x - k;
        double window = 0.5 + 0.5 * Math.cos(Math.PI * t / reach);
        sum += in[k] * cutoff * sinc(cutoff * t) * window;
      }
      out[n] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sum)));
    }
    return out;
  }

  private static double sinc(double x) {
    return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
  }

  static byte[] write(short[] samples, int rate) {
    int dataBytes = samples.length * 2;
    ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    wav.putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
    wav.put("data".getBytes()).putInt(dataBytes);
    for (short sample : samples) {
      wav.putShort(sample);
    }
    return wav.array();
  }
}
