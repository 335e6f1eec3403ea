package dev.dialtone.telephony.tts;

import dev.dialtone.telephony.Speech;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rendered prompts on disk, one WAV per text + voice + language, named by a hash of the three: the
 * same sentence is rendered once, whoever asks and however often.
 */
public final class PromptCache {

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{40}");
  private final Path directory;
  private final SpeechRenderer renderer;

  public PromptCache(Path directory, SpeechRenderer renderer) {
    this.directory = directory;
    this.renderer = renderer;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the prompt directory " + directory, e);
    }
  }

  public static String keyOf(Speech speech) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String identity = speech.language() + "\n" + speech.voice() + "\n" + speech.text();
      byte[] hash = sha.digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The prompt's key, rendering it first when it is not on disk yet. */
  public String ensure(Speech speech) {
    String key = keyOf(speech);
    Path file = fileOf(key);
    if (Files.exists(file)) {
      return key;
    }
    byte[] wav = renderer.render(speech.text(), speech.language(), speech.voice());
    try {
      Path partial = Files.createTempFile(directory, key, ".part");
      Files.write(partial, wav);
      // Asterisk may run as another user and reads the directory in the shared-directory mode
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the prompt " + file, e);
    }
  }

  /** The cached file of a key, if the key is well-formed and rendered. */
  public Optional<Path> find(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path file = fileOf(key);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  public Path directory() {
    return directory;
  }

  private Path fileOf(String key) {
    return directory.resolve(key + ".wav");
  }
}
