package dev.joinery.sample.api;

import dev.joinery.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the app refuses, with the HTTP status and the stable error code of the JSON answer
 * (see {@link dev.joinery.sample.api.response.ErrorBody}). Thrown by the request readers and the
 * routes; turned into JSON by {@link dev.joinery.sample.api.response.ErrorMapper}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String error;
  private final List<Violation> violations;

  public ApiException(int status, String error, String message, List<Violation> violations) {
    super(message);
    this.status = status;
    this.error = error;
    this.violations = List.copyOf(violations);
  }

  /** 400: the query string or a path parameter cannot be used; the message names the culprit. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad-request", message, List.of());
  }

  /** 400: the body is not JSON, or not the JSON object expected. */
  public static ApiException badJson(String message) {
    return new ApiException(400, "bad-json", message, List.of());
  }

  /** 400: the body broke the rules of its tables; every violation is listed. */
  public static ApiException validation(List<Violation> violations) {
    String message = violations.stream().map(Violation::message)
        .collect(Collectors.joining("; "));
    return new ApiException(400, "validation", message, violations);
  }

  /** 404: no row of {@code table} has this key. */
  public static ApiException notFound(String table, Object key) {
    return new ApiException(404, "not-found", "no row of " + table + " has the key " + key,
        List.of());
  }

  public int status() { return status; }

  public String error() { return error; }

  public List<Violation> violations() { return violations; }
}
