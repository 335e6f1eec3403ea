package dev.dialtone.telephony;

/** Text to speak to the caller, with the language (BCP 47, e.g. en-US) and the voice to use. */
public record Speech(String text, String language, String voice) {}
