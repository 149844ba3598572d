package dev.joinery.validation;

/**
 * One broken rule of one column, found before any SQL ran.
 *
 * @param table the table name
 * @param column the column name
 * @param property the record component name
 * @param rule a stable rule name: {@code notNull}, {@code length}, {@code isEmail}, {@code isUrl}
 * @param message a sentence naming the table and column, for example
 *     {@code users.email must be an e-mail address}
 */
public record Violation(String table, String column, String property, String rule, String message) {}
