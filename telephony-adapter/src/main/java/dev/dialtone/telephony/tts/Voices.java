package dev.dialtone.telephony.tts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages (BCP 47) and voices a talk node may ask for, and the espeak-ng voice each maps to.
 * The flow compiler validates talk nodes against the same list (a runtime test keeps both in step),
 * so an unknown one is a problem in the editor, never a silent fallback on the phone.
 */
public final class Voices {

  public static final List<String> GENDERS = List.of("female", "male");

  private static final Map<String, String> ESPEAK = new LinkedHashMap<>();

  static {
    ESPEAK.put("en-US", "en-us");
    ESPEAK.put("en-GB", "en-gb");
    ESPEAK.put("de-DE", "de");
    ESPEAK.put("fr-FR", "fr-fr");
    ESPEAK.put("es-ES", "es");
    ESPEAK.put("it-IT", "it");
    ESPEAK.put("nl-NL", "nl");
    ESPEAK.put("pt-PT", "pt");
    ESPEAK.put("pt-BR", "pt-br");
    ESPEAK.put("sv-SE", "sv");
    ESPEAK.put("da-DK", "da");
    ESPEAK.put("nb-NO", "nb");
    ESPEAK.put("fi-FI", "fi");
    ESPEAK.put("pl-PL", "pl");
  }

  private Voices() {}

  public static Set<String> languages() {
    return ESPEAK.keySet();
  }

  /** The espeak-ng voice name with its variant, e.g. {@code en-us+f3}. */
  static String espeakVoice(String language, String gender) {
    String base = ESPEAK.get(language);
    if (base == null) {
      throw new IllegalArgumentException(
          "no text-to-speech voice for language '"
              + language
              + "' (supported: "
              + languages()
              + ")");
    }
    return switch (gender) {
      case "female" -> base + "+f3";
      case "male" -> base + "+m3";
      default ->
          throw new IllegalArgumentException(
              "no text-to-speech voice '" + gender + "' (supported: " + GENDERS + ")");
    };
  }
}
