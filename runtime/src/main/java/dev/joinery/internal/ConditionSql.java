package dev.joinery.internal;

import dev.joinery.JoineryException;
import dev.joinery.meta.TableColumn;
import dev.joinery.query.Condition;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link Condition} tree as SQL over one table occurrence. Every value is bound; only
 * the comparison operators below may appear in the text, because {@link Condition#compare} is
 * public and an operator string from elsewhere must not become an injection point.
 */
final class ConditionSql {
  private static final Set<String> OPERATORS = Set.of("=", "<>", "<", "<=", ">", ">=");

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
      sql.bind(c.column().type(), c.low()).append(" AND ").bind(c.column().type(), c.high());
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
    String operator = c.operator();
    if (!OPERATORS.contains(operator)) {
      throw new JoineryException("Unsupported comparison operator '" + operator + "' on "
          + c.column() + "; use one of " + OPERATORS);
    }
    if (c.value() == null && (operator.equals("=") || operator.equals("<>"))) {
      // Sequelize's where: {x: null} means IS NULL; `= NULL` would match nothing.
      sql.column(alias, c.column().name()).append(operator.equals("=") ? " IS NULL" : " IS NOT NULL");
      return;
    }
    sql.column(alias, c.column().name()).append(' ').append(operator).append(' ');
    sql.bind(c.column().type(), c.value());
  }

  private static void in(Sql sql, String alias, Condition.In<?> c) {
    if (c.values().isEmpty()) {
      // IN () is not SQL; an empty list matches nothing, and NOT IN of it everything.
      sql.append(c.negated() ? "1 = 1" : "1 = 0");
      return;
    }
    TableColumn<?, ?> column = c.column();
    sql.column(alias, column.name()).append(c.negated() ? " NOT IN (" : " IN (");
    sql.bindAll(column.type(), c.values()).append(')');
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
