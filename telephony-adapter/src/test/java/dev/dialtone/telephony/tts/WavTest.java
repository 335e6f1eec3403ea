package dev.dialtone.telephony.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavTest {

  @Test
  void resamplesTo8kMono16BitAndKeepsTheTone() {
    byte[] source = Wav.write(tone(1000, 22050, 22050), 22050);
    byte[] phone = Wav.toPhoneWav(source);
    ByteBuffer header = ByteBuffer.wrap(phone).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(header.getShort(22)).isEqualTo((short) 1); // mono
    assertThat(header.getInt(24)).isEqualTo(8000);
    assertThat(header.getShort(34)).isEqualTo((short) 16);
    Wav.Pcm pcm = Wav.read(phone);
    assertThat(pcm.samples().length).isBetween(7990, 8000);
    // a 1 kHz tone crosses zero 2000 times a second
    assertThat(zeroCrossings(pcm.samples())).isBetween(1980, 2020);
    assertThat(rms(pcm.samples())).isGreaterThan(0.6 * rms(tone(1000, 22050, 22050)));
  }

  @Test
  void filtersWhatThePhoneBandCannotCarry() {
    short[] high = tone(6000, 22050, 22050);
    Wav.Pcm pcm = Wav.read(Wav.toPhoneWav(Wav.write(high, 22050)));
    // 6 kHz would alias to 2 kHz without the low-pass
    assertThat(rms(pcm.samples())).isLessThan(0.05 * rms(high));
  }

  @Test
  void readsAStreamedWavWhoseSizesAreUnset() {
    byte[] wav = Wav.write(tone(440, 16000, 1600), 16000);
    ByteBuffer.wrap(wav)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(4, 0x7ffff024)
        .putInt(40, 0x7ffff000);
    assertThat(Wav.read(wav).samples()).hasSize(1600);
  }

  @Test
  void refusesWhatIsNotAWav() {
    assertThatThrownBy(() -> Wav.read("hello, this is no audio".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RIFF");
  }

  static short[] tone(int hertz, int rate, int samples) {
    short[] out = new short[samples];
    for (int i = 0; i < samples; i++) {
      out[i] = (short) (Math.sin(2 * Math.PI * hertz * i / rate) * 10000);
    }
    return out;
  }

  private static int zeroCrossings(short[] samples) {
    int crossings = 0;
    for (int i = 1; i < samples.length; i++) {
      if ((samples[i - 1] < 0) != (samples[i] < 0)) {
        crossings++;
      }
    }
    return crossings;
  }

  private static double rms(short[] samples) {
    double sum = 0;
    for (int i = 100; i < samples.length - 100; i++) {
      sum += (double) samples[i] * samples[i];
    }
    return Math.sqrt(sum / (samples.length - 200));
  }
}
