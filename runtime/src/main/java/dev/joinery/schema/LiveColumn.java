package dev.joinery.schema;

/**
 * One column of an existing table as the database's catalog ({@code information_schema.COLUMNS})
 * describes it: what {@link SchemaSync} compares with the model, and what the runtime needs of
 * tables it did not create (a timestamp's stored precision, a key's collation).
 *
 * @param name column name as stored
 * @param type the SQL type as the catalog spells it, with its length, precision or scale in
 *     parentheses where it has them: {@code int(10) unsigned}, {@code datetime},
 *     {@code character varying(100)}, {@code timestamp with time zone(6)}
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression as the catalog holds it, or {@code null} for none
 *     (MariaDB's {@code NULL} text included)
 * @param characterSet the character set of a text column (MySQL/MariaDB), else {@code null}
 * @param collation the collation of a text column, or {@code null} where the catalog names none
 *     (PostgreSQL's default collation, H2)
 * @param fractionalDigits digits after the second of a date-time or time column (0 for MariaDB's
 *     {@code DATETIME}, 6 for {@code DATETIME(6)} and PostgreSQL's default), -1 for other types
 */
public record LiveColumn(
    String name,
    String type,
    boolean nullable,
    String defaultValue,
    String characterSet,
    String collation,
    int fractionalDigits) {}
