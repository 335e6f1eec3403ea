package dev.dialtone.runtime.legs;

import java.time.Duration;

/**
 * What a digits node waits for.
 *
 * @param maxDigits stop after this many keys
 * @param finishKey a key that ends input early and is not part of the result (null: none)
 * @param timeout how long to wait for the first key and between keys
 */
public record DigitRequest(int maxDigits, Character finishKey, Duration timeout) {}
