package cn.court.crossexec.intake.identity;

/**
 * Outcome of validating a raw identifier (resident identity number, unified social credit code,
 * case number) typed or imported by a user.
 *
 * <p>A valid result carries the normalised form of the input and no message; an invalid result
 * carries no normalised value and a human-readable message in Simplified Chinese that can be
 * returned to API users as is.
 *
 * @param valid whether the input is acceptable
 * @param normalized the normalised value when {@code valid}, otherwise {@code null}
 * @param message the Chinese explanation when not {@code valid}, otherwise {@code null}
 */
public record Validation(boolean valid, String normalized, String message) {

  public Validation {
    if (valid && normalized == null) {
      throw new IllegalArgumentException("a valid result needs a normalized value");
    }
    if (!valid && (message == null || message.isBlank())) {
      throw new IllegalArgumentException("an invalid result needs a message");
    }
  }

  /** A successful result holding the normalised value. */
  public static Validation ok(String normalized) {
    return new Validation(true, normalized, null);
  }

  /** A failed result holding the (Chinese) message shown to the user. */
  public static Validation invalid(String message) {
    return new Validation(false, null, message);
  }

  /** Throws {@link IllegalArgumentException} carrying {@link #message()} when not valid. */
  Validation orThrow() {
    if (!valid) {
      throw new IllegalArgumentException(message);
    }
    return this;
  }
}
