package dev.dialtone.runtime.numbers;

import java.util.regex.Pattern;

/**
 * The one number format Dialtone stores: '+', then 2 to 15 digits, the first not 0. The database
 * checks the same rule (numbers_e164_ck); this lets callers report a field error before they get
 * that far.
 */
public final class E164 {

  private static final Pattern FORMAT = Pattern.compile("\\+[1-9][0-9]{1,14}");

  private E164() {}

  public static boolean isValid(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }

  static String require(String number) {
    if (!isValid(number)) {
      throw new IllegalArgumentException(
          "Not an E.164 number ('+' then 2 to 15 digits, not starting with 0): " + number);
    }
    return number;
  }
}
