package dev.joinery.internal;

import dev.joinery.meta.TableColumn;
import dev.joinery.query.Condition;
import dev.joinery.query.Operator;
import java.util.List;

/**
 * Renders a {@link Condition} tree as SQL over one table occurrence. Every value is bound; the
 * only operator text is that of {@link dev.joinery.query.Operator}, an enum, so nothing from
 * outside reaches the SQL.
 */
final class ConditionSql {

  private ConditionSql() {}

  /**
   * Appends {@code condition} to {@code sql}, qualifying columns with {@code alias} (or not, when
   * {@code alias} is null: single-table UPDATE and DELETE).
   */
  static void render(Sql sql, String alias, Condition<?> condition) {
    if (condition instanceof Condition.Compare<?> c) {
      compare(sql, alias, c);
    } else if (condition instanceof Condition.Like<?> c) {
      sql.column(alias, c.column().name()).append(" LIKE ");
      sql.bind(dev.joinery.meta.ValueType.STRING, c.pattern());
    } else if (condition instanceof Condition.Between<?> c) {
      sql.column(alias, c.column().name()).append(" BETWEEN ");
      sql.bind(c.column(), c.low()).append(" AND ").bind(c.column(), c.high());
    } else if (condition instanceof Condition.In<?> c) {
      in(sql, alias, c);
    } else if (condition instanceof Condition.IsNull<?> c) {
      sql.column(alias, c.column().name()).append(c.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (condition instanceof Condition.And<?> c) {
      junction(sql, alias, c.terms(), " AND ", "1 = 1");
    } else if (condition instanceof Condition.Or<?> c) {
      junction(sql, alias, c.terms(), " OR ", "1 = 0");
    } else if (condition instanceof Condition.Not<?> c) {
      sql.append("NOT (");
      render(sql, alias, c.term());
      sql.append(')');
    }
  }

  private static void compare(Sql sql, String alias, Condition.Compare<?> c) {
    Operator operator = c.operator();
    if (c.value() == null && (operator == Operator.EQ || operator == Operator.NE)) {
      // Sequelize's where: {x: null} means IS NULL; `= NULL` would match nothing.
      sql.column(alias, c.column().name())
          .append(operator == Operator.EQ ? " IS NULL" : " IS NOT NULL");
      return;
    }
    sql.column(alias, c.column().name()).append(' ').append(operator.sql()).append(' ');
    sql.bind(c.column(), c.value());
  }

  private static void in(Sql sql, String alias, Condition.In<?> c) {
    if (c.values().isEmpty()) {
      // IN () is not SQL; an empty list matches nothing, and NOT IN of it everything.
      sql.append(c.negated() ? "1 = 1" : "1 = 0");
      return;
    }
    TableColumn<?, ?> column = c.column();
    sql.column(alias, column.name()).append(c.negated() ? " NOT IN (" : " IN (");
    sql.bindIn(column, c.values()).append(')');
  }

  private static void junction(Sql sql, String alias, List<? extends Condition<?>> terms,
      String operator, String empty) {
    if (terms.isEmpty()) {
      sql.append(empty);
      return;
    }
    if (terms.size() == 1) {
      render(sql, alias, terms.get(0));
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      sql.append('(');
      render(sql, alias, terms.get(i));
      sql.append(')');
    }
  }
}
