package dev.joinery.jackson;

/**
 * One thing wrong with a record's JSON, placed by its JSON path.
 *
 * @param path where, from the record read: {@code $.story.title}, {@code $.comments[1].name}
 * @param table the table of the row at fault
 * @param column the column at fault, or {@code null} (an unknown attribute, an association)
 * @param property the JSON key at fault, or {@code null} when the whole value is
 * @param rule {@code unknown}, {@code type}, {@code notNull}, or the rule of the table's
 *     validation ({@code isEmail}, {@code len}, …)
 * @param message one sentence naming the table and column
 */
public record JsonProblem(String path, String table, String column, String property, String rule,
    String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
