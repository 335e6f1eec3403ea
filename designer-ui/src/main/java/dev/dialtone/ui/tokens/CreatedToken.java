package dev.dialtone.ui.tokens;

/**
 * A token just created, with the secret that is shown this once and then only known by its hash.
 */
public record CreatedToken(ApiToken token, String secret) {

  @Override
  public String toString() {
    return "CreatedToken[" + token + "]";
  }
}
