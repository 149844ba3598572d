package dev.joinery.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON of a record had mistakes; {@link #problems()} lists every one of the whole document,
 * each at its JSON path, so a client can fix them all at once. Nothing was built from it.
 */
public final class RecordJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  RecordJsonException(JsonParser parser, String table, List<JsonProblem> problems) {
    super(parser, message(table, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in document order. */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String message(String table, List<JsonProblem> problems) {
    return (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + " in the JSON of a row of " + table + ": "
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; "));
  }
}
