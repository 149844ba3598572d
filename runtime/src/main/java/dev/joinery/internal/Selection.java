package dev.joinery.internal;

import dev.joinery.InvalidQueryException;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Attribute;
import dev.joinery.query.Condition;
import dev.joinery.query.Include;
import dev.joinery.query.Operator;
import dev.joinery.query.Order;
import dev.joinery.query.Query;
import dev.joinery.schema.IndexDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one level of a find selects: the options of a {@link Query} (the root level) or of an
 * {@link Include} (a to-many level), in one untyped shape so the renderer handles both alike.
 *
 * @param limit rows of the level (root) or rows per parent (a to-many include), or null
 * @param offset rows to skip (root only), or null
 * @param throughWhere the filter on the link rows of a belongsToMany through a record, or null
 * @param throughAttributes the columns of those link rows read besides their keys, or null for
 *     all
 */
record Selection(
    TableMeta<?> table,
    List<? extends Attribute<?>> attributes,
    List<? extends TableColumn<?, ?>> excluded,
    Condition<?> where,
    List<? extends Order<?>> order,
    List<? extends Include<?, ?>> includes,
    Integer limit,
    Integer offset,
    Condition<?> throughWhere,
    List<? extends TableColumn<?, ?>> throughAttributes) {

  /**
   * The root level of {@code query}, soft-deleted rows left out: on a paranoid table (unless
   * {@link Query#withDeleted()}) {@code deletedAt IS NULL} is ANDed into the where, and each
   * include is {@linkplain Include#excludingDeleted() scoped} likewise. Every find, count and
   * mixin starts here, so this is the one place paranoid reads are decided. An {@code exclude} of
   * every column is refused here, before any SQL, because the statement would select nothing
   * ({@code SELECT  FROM}, which MySQL and PostgreSQL reject and H2 answers with empty rows). An
   * include may exclude every column: its join still filters (Sequelize's {@code attributes: []}).
   */
  static <T> Selection of(TableMeta<T> table, Query<T> query) {
    if (query.attributes().isEmpty() && query.excluded().containsAll(table.columns())) {
      throw new InvalidQueryException("A find on " + table.name() + " excludes every column ("
          + table.columns().stream().map(TableColumn::name).collect(Collectors.joining(", "))
          + "), so it would select nothing; exclude fewer, or choose attributes(…)",
          table.name(), null);
    }
    List<Include<T, ?>> includes = query.includes();
    for (int i = 0; i < includes.size(); i++) {
      Include<T, ?> scoped = includes.get(i).excludingDeleted();
      if (scoped != includes.get(i)) {
        // Copied only when some include is paranoid: most finds allocate nothing here.
        if (includes == query.includes()) {
          includes = new ArrayList<>(includes);
        }
        includes.set(i, scoped);
      }
    }
    return new Selection(table, query.attributes(), query.excluded(),
        withoutDeleted(table, query.where(), query.isWithDeleted()), query.order(), includes,
        query.limit(), query.offset(), null, null);
  }

  /** {@code where AND deletedAt IS NULL} on a paranoid table, unless deleted rows are wanted. */
  static <T> Condition<T> withoutDeleted(TableMeta<T> table, Condition<T> where,
      boolean withDeleted) {
    TableColumn<T, ?> deletedAt = table.deletedAt();
    if (deletedAt == null || withDeleted) {
      return where;
    }
    return where == null ? deletedAt.isNull() : where.and(deletedAt.isNull());
  }

  /** The rows of a to-many include; its limit counts per parent. */
  static Selection of(Include<?, ?> include) {
    return new Selection(include.association().target(), include.attributes(),
        include.excluded(), include.where(), include.order(), include.includes(),
        include.limit(), null, include.throughWhere(), include.throughAttributes());
  }

  /**
   * Whether the where pins at most one row, so a join cannot multiply roots: an {@code =} on the
   * primary key, or on every column of a unique index, ANDed with anything else. Rows skipped by
   * an offset, or a limit of zero, keep the plan of many roots.
   */
  boolean atMostOneRow() {
    if (where == null || (offset != null && offset > 0) || (limit != null && limit < 1)) {
      return false;
    }
    Set<String> pinned = new HashSet<>();
    pinnedColumns(where, pinned);
    if (pinned.contains(table.primaryKey().name())) {
      return true;
    }
    for (IndexDef index : table.definition().indexes()) {
      if (index.unique() && pinned.containsAll(index.columns())) {
        return true;
      }
    }
    return false;
  }

  /** The columns an AND of conditions compares with {@code =} to a value. */
  private static void pinnedColumns(Condition<?> condition, Set<String> into) {
    if (condition instanceof Condition.Compare<?> compare) {
      if (compare.operator() == Operator.EQ && compare.value() != null) {
        into.add(compare.column().name());
      }
    } else if (condition instanceof Condition.And<?> and) {
      for (Condition<?> term : and.terms()) {
        pinnedColumns(term, into);
      }
    }
  }

  Selection withWhere(Condition<?> condition) {
    return new Selection(table, attributes, excluded, condition, order, includes, limit, offset,
        throughWhere, throughAttributes);
  }

  Selection withPaging(Integer newLimit, Integer newOffset) {
    return new Selection(table, attributes, excluded, where, order, includes, newLimit, newOffset,
        throughWhere, throughAttributes);
  }
}
