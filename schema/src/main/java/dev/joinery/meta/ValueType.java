package dev.joinery.meta;

/**
 * The Java types a column may have. The processor maps each supported component type to one of
 * these; dialects map each to a SQL type and bind/read it.
 */
public enum ValueType {
  STRING,
  BOOLEAN,
  BYTE,
  SHORT,
  INT,
  LONG,
  FLOAT,
  DOUBLE,
  BIG_DECIMAL,
  INSTANT,
  LOCAL_DATE_TIME,
  LOCAL_DATE,
  LOCAL_TIME,
  UUID,
  /** A Java enum, stored as its {@code name()} in a VARCHAR. */
  ENUM,
  BYTES
}
