package dev.dialtone.runtime.db;

import java.util.Locale;

/** Enumerations are stored as their lower-case names (the values the seed API and CHECKs use). */
public final class DbEnums {

  private DbEnums() {}

  public static String toDb(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E fromDb(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
  }
}
