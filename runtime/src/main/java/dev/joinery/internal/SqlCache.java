package dev.joinery.internal;

import dev.joinery.meta.TableColumn;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Statement shapes and the texts of the statements that depend on their table alone. A find of
 * the same typed shape (same table, attributes, includes, order, paging, conditions on the same
 * columns with the same operators, {@code IN} lists of one {@linkplain Sql#inListSize size
 * bucket}) with other values shares one {@link SelectPlan}, found by {@link #shape}, which keeps
 * the texts of its statements; only its values are collected again ({@link Sql#valuesOnly}). The
 * shape of a find is a flat list of the tokens its text depends on, values left out: columns,
 * associations and tables are compared by identity (they are generated constants), the rest by
 * value; a limit or an offset counts by its presence, its value being bound. The texts of each
 * table's INSERTs and UPDATE by key are kept here ({@link #text}).
 *
 * <p>Bounded: past {@link #MAX_ENTRIES} texts, or for a text longer than {@link #MAX_TEXT}
 * characters (thousands of parent keys), the text is rendered each time and not kept.
 */
final class SqlCache {
  static final int MAX_ENTRIES = 1_024;
  static final int MAX_TEXT = 8_192;

  private static final Map<Object, String> TEXTS = new ConcurrentHashMap<>();

  private SqlCache() {}

  /** The text cached for {@code key}, else the one {@code render} makes, kept if small enough. */
  static String text(Object key, Supplier<String> render) {
    String text = TEXTS.get(key);
    if (text == null) {
      text = render.get();
      keep(key, text);
    }
    return text;
  }

  /** Keeps {@code text} for {@code key} if there is room and it is small enough. */
  private static void keep(Object key, String text) {
    if (text.length() <= MAX_TEXT && TEXTS.size() < MAX_ENTRIES) {
      TEXTS.putIfAbsent(key, text);
    }
  }

  /** The shape of one level of a find: every token its SELECT's text depends on but values. */
  static List<Object> shape(Selection selection) {
    List<Object> tokens = new ArrayList<>(32);
    tokens.add(selection.table());
    attributes(tokens, selection.attributes());
    tokens.add(selection.excluded().size());
    tokens.addAll(selection.excluded());
    condition(tokens, selection.where());
    order(tokens, selection.order());
    // Paging is bound: whether a find pages shapes its text, not by how much.
    tokens.add(selection.limit() != null);
    tokens.add(selection.offset() != null);
    includes(tokens, selection.includes());
    condition(tokens, selection.throughWhere());
    throughAttributes(tokens, selection.throughAttributes());
    return tokens;
  }

  private static void includes(List<Object> tokens, List<? extends Include<?, ?>> includes) {
    tokens.add(includes.size());
    for (Include<?, ?> include : includes) {
      tokens.add(include.association());
      tokens.add(include.isRequired());
      tokens.add(include.limit() != null);
      attributes(tokens, include.attributes());
      tokens.add(include.excluded().size());
      tokens.addAll(include.excluded());
      condition(tokens, include.where());
      condition(tokens, include.throughWhere());
      throughAttributes(tokens, include.throughAttributes());
      order(tokens, include.order());
      includes(tokens, include.includes());
    }
  }

  private static void attributes(List<Object> tokens, List<? extends Attribute<?>> attributes) {
    tokens.add(attributes.size());
    for (Attribute<?> attribute : attributes) {
      tokens.add(attribute.column());
      tokens.add(attribute.alias());
    }
  }

  /** The link columns read: -1 for all of them, else how many and which. */
  private static void throughAttributes(List<Object> tokens,
      List<? extends TableColumn<?, ?>> columns) {
    if (columns == null) {
      tokens.add(-1);
      return;
    }
    tokens.add(columns.size());
    tokens.addAll(columns);
  }

  private static void order(List<Object> tokens, List<? extends Order<?>> order) {
    tokens.add(order.size());
    tokens.addAll(order);
  }

  /** A condition's shape: which columns, which operators, NULL or not, how many IN values. */
  private static void condition(List<Object> tokens, Condition<?> condition) {
    if (condition == null) {
      tokens.add(Kind.NONE);
    } else if (condition instanceof Condition.Compare<?> c) {
      tokens.add(Kind.COMPARE);
      tokens.add(c.column());
      tokens.add(c.operator());
      tokens.add(c.value() == null);
    } else if (condition instanceof Condition.Like<?> c) {
      tokens.add(Kind.LIKE);
      tokens.add(c.column());
    } else if (condition instanceof Condition.Between<?> c) {
      tokens.add(Kind.BETWEEN);
      tokens.add(c.column());
    } else if (condition instanceof Condition.In<?> c) {
      tokens.add(Kind.IN);
      tokens.add(c.column());
      tokens.add(Sql.inListSize(c.values().size()));
      tokens.add(c.negated());
    } else if (condition instanceof Condition.IsNull<?> c) {
      tokens.add(Kind.IS_NULL);
      tokens.add(c.column());
      tokens.add(c.negated());
    } else if (condition instanceof Condition.And<?> c) {
      tokens.add(Kind.AND);
      tokens.add(c.terms().size());
      for (Condition<?> term : c.terms()) {
        condition(tokens, term);
      }
    } else if (condition instanceof Condition.Or<?> c) {
      tokens.add(Kind.OR);
      tokens.add(c.terms().size());
      for (Condition<?> term : c.terms()) {
        condition(tokens, term);
      }
    } else if (condition instanceof Condition.Not<?> c) {
      tokens.add(Kind.NOT);
      condition(tokens, c.term());
    }
  }

  /** Tags the tokens of each kind of condition, so two different trees never flatten alike. */
  private enum Kind { NONE, COMPARE, LIKE, BETWEEN, IN, IS_NULL, AND, OR, NOT }
}
