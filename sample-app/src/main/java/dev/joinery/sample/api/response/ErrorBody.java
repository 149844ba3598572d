package dev.joinery.sample.api.response;

import dev.joinery.validation.Violation;
import java.util.List;

/**
 * The JSON of every error answer, always with the same five keys:
 *
 * <pre>{@code {"status":400,"error":"validation","message":"users.email must be an e-mail address",
 *  "violations":[{"table":"users","column":"email","property":"email","rule":"isEmail",
 *                 "message":"users.email must be an e-mail address"}]}}</pre>
 *
 * @param status the HTTP status, repeated for clients that only see the body
 * @param error a stable code: {@code bad-json}, {@code bad-request}, {@code validation},
 *     {@code not-found}, {@code method-not-allowed}, {@code unique}, {@code foreign-key},
 *     {@code not-null}, {@code check}, {@code internal}
 * @param message one sentence naming the table, column, attribute or parameter at fault
 * @param violations every broken rule for {@code validation}; the violated constraint for
 *     {@code unique}, {@code foreign-key}, {@code not-null} and {@code check}; else empty
 */
public record ErrorBody(int status, String error, String message, List<Violation> violations) {
  public ErrorBody {
    violations = List.copyOf(violations);
  }
}
