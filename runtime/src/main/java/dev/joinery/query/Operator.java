package dev.joinery.query;

/**
 * The comparison operators of {@link Condition#compare}, named as Sequelize's {@code Op.eq},
 * {@code Op.ne}, {@code Op.gt}, … . Only these reach the SQL text; values are always bound.
 */
public enum Operator {
  EQ("="),
  NE("<>"),
  GT(">"),
  GTE(">="),
  LT("<"),
  LTE("<=");

  private final String sql;

  Operator(String sql) {
    this.sql = sql;
  }

  /** The operator as SQL writes it. */
  public String sql() {
    return sql;
  }
}
